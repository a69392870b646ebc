/**
 * The ribbon's function file (manifest: <FunctionFile resid="Commands.Url"/>).
 *
 * The only ribbon button opens the task pane (Action xsi:type="ShowTaskpane"), which needs no
 * code. An ExecuteFunction button would add its handler to `commandHandlers` under the name the
 * manifest's <FunctionName> uses; each handler must call event.completed().
 *
 * Loaded outside Office (office.js missing or blocked), this file does nothing and does not throw.
 */

type CommandHandler = (event: Office.AddinCommands.Event) => void;

export const commandHandlers: Record<string, CommandHandler> = {};

/** Registers every handler with Office, where the running Office supports it. */
export function registerCommands(
  office: typeof Office | undefined,
  handlers: Record<string, CommandHandler> = commandHandlers,
): void {
  const actions = office?.actions;
  if (!actions || typeof actions.associate !== 'function') return;
  for (const [name, handler] of Object.entries(handlers)) actions.associate(name, handler);
}

if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') {
  void Office.onReady(() => registerCommands(Office));
}
