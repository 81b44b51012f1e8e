import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalXS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  tab: {
    background: "none",
    border: "none",
    borderBottom: "3px solid transparent",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    color: tokens.colorNeutralForeground2,
    font: "inherit",
    fontSize: tokens.fontSizeBase300,
    cursor: "pointer",
    ":hover": { color: tokens.colorNeutralForeground1, borderBottomColor: tokens.colorNeutralStroke1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
    ":disabled": { color: tokens.colorNeutralForegroundDisabled, cursor: "default", borderBottomColor: "transparent" },
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    borderBottomColor: tokens.colorCompoundBrandStroke,
  },
});

export interface PaneTabsProps<T extends string> {
  tabs: ReadonlyArray<{ value: T; label: string; disabled?: boolean }>;
  selected: T;
  onSelect: (value: T) => void;
  label: string;
}

/**
 * The pane's tabs, as the WAI-ARIA tabs pattern: one tab in the Tab order (the selected one), arrow
 * keys, Home and End move between the enabled tabs and select them. Written here rather than with
 * Fluent's TabList, whose focus helper adds hidden focusable elements that screen readers meet.
 */
export function PaneTabs<T extends string>({ tabs, selected, onSelect, label }: PaneTabsProps<T>): React.ReactElement {
  const styles = useStyles();
  const refs = React.useRef<Array<HTMLButtonElement | null>>([]);
  const enabled = tabs.map((t, i) => (t.disabled ? -1 : i)).filter((i) => i >= 0);
  const onKeyDown = (e: React.KeyboardEvent, index: number) => {
    const at = enabled.indexOf(index);
    let next: number | undefined;
    if (e.key === "ArrowRight") next = enabled[(at + 1) % enabled.length];
    else if (e.key === "ArrowLeft") next = enabled[(at - 1 + enabled.length) % enabled.length];
    else if (e.key === "Home") next = enabled[0];
    else if (e.key === "End") next = enabled[enabled.length - 1];
    if (next === undefined) return;
    e.preventDefault();
    onSelect(tabs[next].value);
    refs.current[next]?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className={styles.list}>
      {tabs.map((t, i) => (
        <button
          key={t.value}
          ref={(el) => {
            refs.current[i] = el;
          }}
          type="button"
          role="tab"
          id={`tab-${t.value}`}
          aria-selected={t.value === selected}
          aria-controls="pane-tabpanel"
          tabIndex={t.value === selected ? 0 : -1}
          disabled={t.disabled}
          className={mergeClasses(styles.tab, t.value === selected && styles.selected)}
          onClick={() => onSelect(t.value)}
          onKeyDown={(e) => onKeyDown(e, i)}
        >
          {t.label}
        </button>
      ))}
    </div>
  );
}
