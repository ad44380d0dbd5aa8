import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, startHarness, type Harness } from './harness';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness({ today: '2026-03-16' });
});

afterAll(async () => {
  await harness?.close();
});

describe('the sidebar served by relance sidebar', () => {
  it('reaches the server through google.script.run and shows the invoice tab it found', async () => {
    const status = harness.page.getByRole('status');
    await expect.poll(() => status.textContent()).toContain('Onglet des factures : « Factures »');
    expect(await status.textContent()).toContain('36 facture(s), 5 problème(s)');
    await harness.page.screenshot({ path: join(ARTIFACTS, 'sidebar-first-load.png') });
  });
});
