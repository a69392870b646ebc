import { Tooltip } from '@fluentui/react-components';
import {
  cloneElement,
  type FocusEvent,
  type MouseEvent,
  type PointerEvent,
  type ReactElement,
  useRef,
  useState,
} from 'react';

type ActionProps = {
  onClick?: (e: MouseEvent<HTMLElement>) => void;
  onPointerLeave?: (e: PointerEvent<HTMLElement>) => void;
  onBlur?: (e: FocusEvent<HTMLElement>) => void;
};

/**
 * A hint on an action button (its accessible description too): Fluent's Tooltip, but closed as
 * soon as the action starts or the pointer leaves the button.
 *
 * Fluent v9 opens a tooltip on hover and on focus (a mouse click focuses the button), keeps it
 * until the pointer has been off the button for 250 ms, and keeps it open while the pointer is on
 * the tooltip itself. Placed above the button, the Recompute hint lies over the Download button:
 * after a click it stayed up, and the pointer on its way to Download, passing onto the hint, kept
 * it there. Here a click closes it until the pointer or focus leaves the button and comes back,
 * and leaving the button closes it at once (so it cannot be hovered: it says nothing the button's
 * description does not, and Escape and Tab close it as in Fluent).
 */
export function ActionTooltip({ content, children }: { content: string; children: ReactElement<ActionProps> }) {
  const [visible, setVisible] = useState(false);
  /** The action was started: the hint stays closed while pointer and focus remain on the button. */
  const used = useRef(false);
  const own = children.props;
  return (
    <Tooltip
      content={content}
      relationship="description"
      visible={visible}
      onVisibleChange={(_, d) => setVisible(d.visible && !used.current)}
    >
      {cloneElement(children, {
        onClick: (e: MouseEvent<HTMLElement>) => {
          used.current = true;
          setVisible(false);
          own.onClick?.(e);
        },
        onPointerLeave: (e: PointerEvent<HTMLElement>) => {
          used.current = false;
          setVisible(false);
          own.onPointerLeave?.(e);
        },
        onBlur: (e: FocusEvent<HTMLElement>) => {
          used.current = false;
          own.onBlur?.(e);
        },
      })}
    </Tooltip>
  );
}
