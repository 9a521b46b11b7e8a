// Panels of the Live screen beyond the console itself (OBS controls, chat
// sources, ...). A feature adds its panel here with one line; the Live screen
// renders them in this order.
import type { ComponentType } from 'react';
import { SourcesPanel } from './sources-panel';
import { RehearsalPanel } from '../training/rehearsal-panel';
import { ObsPanel } from './obs-panel';
import { OverlayPanel } from './overlay-panel';
import { StaffPanel } from './staff-panel';

export interface LivePanel {
  id: string;
  Component: ComponentType;
}

export const livePanels: LivePanel[] = [
  { id: 'rehearsal', Component: RehearsalPanel },
  { id: 'sources', Component: SourcesPanel },
  { id: 'staff', Component: StaffPanel },
  { id: 'overlays', Component: OverlayPanel },
  { id: 'obs', Component: ObsPanel },
];
