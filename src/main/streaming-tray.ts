// A tray icon while a stream session is open: the seller sees at a glance
// that the app is taking orders, and can showcase or come back to the window
// from it while OBS fills the screen. It goes away when the session ends.
import { z } from 'zod';
import type { AppEvent } from '../app/contract';
import type { MenuItemOptions, MenuStatic, NativeImage, Tray, TrayConstructor } from './electron-api';
import type { DesktopStrings } from './desktop-strings';
import type { ShowcaseActionId } from './showcase-actions';

export interface StreamingTrayOptions {
  Tray: TrayConstructor;
  Menu: MenuStatic;
  icon: () => NativeImage | string;
  strings: () => DesktopStrings;
  showWindow(): void;
  runAction(id: ShowcaseActionId): void;
  quit(): void;
}

const sessionEventSchema = z.object({
  change: z.enum(['started', 'ended']),
  session: z.object({ name: z.string(), kind: z.string() }),
});

export class StreamingTray {
  private tray: Tray | undefined;
  private sessionName = '';

  constructor(private readonly options: StreamingTrayOptions) {}

  get visible(): boolean {
    return this.tray !== undefined && !this.tray.isDestroyed();
  }

  private menu(): MenuItemOptions[] {
    const t = this.options.strings();
    return [
      { label: t.streaming(this.sessionName), enabled: false },
      { type: 'separator' },
      { label: t.showWindow, click: () => this.options.showWindow() },
      { label: t.showcaseNext, click: () => this.options.runAction('showcaseNext') },
      { label: t.showcasePrevious, click: () => this.options.runAction('showcasePrevious') },
      { label: t.showcaseHide, click: () => this.options.runAction('showcaseHide') },
      { label: t.hideAllOverlays, click: () => this.options.runAction('hideAllOverlays') },
      { type: 'separator' },
      { label: t.quit, click: () => this.options.quit() },
    ];
  }

  show(sessionName: string): void {
    this.sessionName = sessionName;
    if (!this.visible) {
      this.tray = new this.options.Tray(this.options.icon());
      this.tray.on('click', () => this.options.showWindow());
    }
    this.refresh();
  }

  /** Re-reads the words (the language changed) and the session name. */
  refresh(): void {
    if (!this.tray || !this.visible) return;
    this.tray.setToolTip(`${this.options.strings().streamingTooltip} (${this.sessionName})`);
    this.tray.setContextMenu(this.options.Menu.buildFromTemplate(this.menu()));
  }

  hide(): void {
    if (this.visible) this.tray?.destroy();
    this.tray = undefined;
  }

  /** Follows the app's sessionChanged events. */
  onEvent(event: AppEvent): void {
    if ((event.event as string) !== 'sessionChanged') return;
    const parsed = sessionEventSchema.safeParse(event.payload);
    if (!parsed.success) return;
    if (parsed.data.change === 'started') this.show(parsed.data.session.name);
    else this.hide();
  }
}
