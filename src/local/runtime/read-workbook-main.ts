/** Child process of read-workbook.ts: prints the sheets of the workbook given as argument. */
import { printWorkbook } from './read-workbook';

const [path, timeZone] = process.argv.slice(2);
if (path === undefined || timeZone === undefined) process.exit(2);
await printWorkbook(path, timeZone);
