// Data the training screen shares between its views: the modules, the
// learners, and which learner is at the keyboard (remembered on this machine).
import { useCallback, useEffect, useState } from 'react';
import { client } from '../../api/client';
import type { CommandResult } from '../../../../src/app/contract';
import type { LearnerSummary } from '../../../../src/app/contract/training';

export type ModuleList = CommandResult<'listTrainingModules'>;

const LEARNER_KEY = 'ocop.training.learner';

export function useTrainingData(onError: (error: unknown) => void) {
  const [modules, setModules] = useState<ModuleList>({ modules: [], issues: [] });
  const [learners, setLearners] = useState<LearnerSummary[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [learnerId, setLearnerIdState] = useState<number | null>(() => {
    const stored = Number(window.localStorage.getItem(LEARNER_KEY));
    return Number.isInteger(stored) && stored > 0 ? stored : null;
  });

  const refresh = useCallback(() => {
    Promise.all([client.call('listTrainingModules', {}), client.call('listLearners', {})])
      .then(([moduleList, learnerList]) => {
        setModules(moduleList);
        setLearners(learnerList);
        setLoaded(true);
      })
      .catch(onError);
  }, [onError]);

  useEffect(() => refresh(), [refresh]);
  useEffect(
    () =>
      client.subscribe((event) => {
        if (event.event === 'trainingContentChanged' || event.event === 'learnerChanged') refresh();
      }),
    [refresh],
  );

  const setLearnerId = useCallback((id: number | null) => {
    setLearnerIdState(id);
    if (id === null) window.localStorage.removeItem(LEARNER_KEY);
    else window.localStorage.setItem(LEARNER_KEY, String(id));
  }, []);

  const learner = learners.find((l) => l.id === learnerId) ?? null;
  return { modules, learners, learner, loaded, setLearnerId, refresh };
}

/** Bytes as base64 for a command (zip uploads), in slices so large files do not overflow the stack. */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let offset = 0; offset < bytes.length; offset += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(offset, offset + 0x8000));
  }
  return btoa(binary);
}

export function download(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: filename });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function base64ToBlob(base64: string, type: string): Blob {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return new Blob([bytes], { type });
}
