/**
 * The hint over an action button (Recompute, Download, Create missing sheets) closes when the
 * action starts and as soon as the pointer leaves the button: the Recompute hint, placed above,
 * lay over the Download button, stayed up after a click and was kept up by the pointer passing
 * onto it on the way to Download. test/e2e/run.js checks the same with a real pointer.
 */
import { createDOMRenderer, FluentProvider, RendererProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, waitFor } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { CHIANG_MAI, FakeHost, installDomStubs, readyButton, scoresSheet, setupUser, workbook } from './helpers';

beforeAll(installDomStubs);

const HINT = /^Reads the workbook/;

/** The Recompute hint: always in the page (it describes the button), shown or not. */
function hint(): HTMLElement {
  const el = screen.getAllByRole('tooltip').find((t) => HINT.test(t.textContent ?? ''));
  if (!el) throw new Error('no Recompute hint in the page');
  return el;
}

/**
 * The pane in English, with a Griffel renderer of its own: the helpers remove Griffel's <style>
 * elements after each test and the shared renderer would not insert them again, so the rule that
 * hides a closed tooltip would be missing from the second test on.
 */
function renderPane() {
  render(
    <RendererProvider renderer={createDOMRenderer(document)} targetDocument={document}>
      <FluentProvider theme={webLightTheme}>
        <App host={new FakeHost(workbook(scoresSheet(CHIANG_MAI)))} initialLang="en" />
      </FluentProvider>
    </RendererProvider>,
  );
}

/** Longer than Fluent's show and hide delays (250 ms each). */
const pause = () => new Promise((r) => setTimeout(r, 400));

describe('the Recompute hint', () => {
  test('shows on hover; a click closes it, and it stays closed while the pointer and focus are still on the button', async () => {
    const user = setupUser();
    renderPane();
    const button = await readyButton('Recompute');
    expect(button).toHaveAttribute('aria-describedby', hint().id);
    expect(hint()).not.toBeVisible();
    await user.hover(button);
    await waitFor(() => expect(hint()).toBeVisible());
    await user.click(button);
    expect(hint()).not.toBeVisible();
    await screen.findByTestId('total');
    await pause();
    expect(button).toHaveFocus();
    expect(hint()).not.toBeVisible();
    // Away and back: it shows again.
    await user.unhover(button);
    await user.hover(button);
    await waitFor(() => expect(hint()).toBeVisible());
    await user.unhover(button);
    expect(hint()).not.toBeVisible();
  });

  test('closes as soon as the pointer leaves the button, also when it moves onto the hint (where Download lies)', async () => {
    const user = setupUser();
    renderPane();
    const button = await readyButton('Recompute');
    await user.hover(button);
    await waitFor(() => expect(hint()).toBeVisible());
    await user.hover(hint());
    expect(hint()).not.toBeVisible();
    await pause();
    expect(hint()).not.toBeVisible();
  });
});
