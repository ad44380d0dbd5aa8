/**
 * What the last night left (core/dunning/night-schedule), kept in the document properties: the
 * run checkpoint allowed beside the settings (docs/architecture.md, « State is a fold »). Written by the night under the document
 * lock; read by each firing of the hourly trigger before it decides to run.
 */
import {
  NIGHT_PROPERTY,
  parseNightProgress,
  type NightLeft,
  type NightProgress,
} from '../../core/dunning/night-schedule';

export function readNightProgress(): NightProgress | undefined {
  return parseNightProgress(PropertiesService.getDocumentProperties().getProperty(NIGHT_PROPERTY));
}

export function saveNightProgress(day: string, left: NightLeft): void {
  const progress: NightProgress = { day, left };
  PropertiesService.getDocumentProperties().setProperty(NIGHT_PROPERTY, JSON.stringify(progress));
}
