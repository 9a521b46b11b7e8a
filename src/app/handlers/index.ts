// Every command's handler. A domain adds src/app/handlers/<domain>.ts and one line here;
// the type below fails to compile while any command of the contract has no handler.
import type { Commands } from '../contract';
import type { HandlersFor } from './define';
import { catalogHandlers } from './catalog';
import { settingsHandlers } from './settings';
import { liveHandlers } from './live';
import { ordersHandlers } from './orders';
import { backupHandlers } from './backup';
import { trainingHandlers } from './training';
import { overlayHandlers } from './overlay';
import { obsHandlers } from './obs';
import { sourcesHandlers } from './sources';
import { tallyHandlers } from './tally';
import { ordersAdminHandlers } from './orders-admin';
import { shortcutsHandlers } from './shortcuts';

export const handlers: HandlersFor<Commands> = {
  ...catalogHandlers,
  ...settingsHandlers,
  ...liveHandlers,
  ...ordersHandlers,
  ...backupHandlers,
  ...trainingHandlers,
  ...overlayHandlers,
  ...obsHandlers,
  ...sourcesHandlers,
  ...tallyHandlers,
  ...ordersAdminHandlers,
  ...shortcutsHandlers,
};
