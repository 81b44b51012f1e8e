import * as React from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { ReviewResult } from "../../review";
import type { DateOrder } from "../../rules/dates";
import { formatDay } from "../../locale";

const ORDER_WORDS: Record<DateOrder, string> = { mdy: "month/day/year", dmy: "day/month/year" };
const counts = (b: Record<string, number>) => `${b.high} high, ${b.warning} warning, ${b.info} info`;

/**
 * The review must not look finished when its date order was a guess that matters (RULES.md §6):
 * both readings' counts and a one-click switch to the other order.
 */
export function DateOrderBanner(props: {
  result: ReviewResult;
  onSwitch: (order: DateOrder) => void;
}): React.ReactElement | null {
  const s = props.result.summary;
  const alt = s.dateOrderAlternative;
  if (!alt) return null;
  const example = props.result.ambiguousDate;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="date-order-banner">
      <MessageBarBody>
        <MessageBarTitle>Check the date order</MessageBarTitle>
        The dates could be read either way and were read {ORDER_WORDS[s.dateOrder]} (assumed):{" "}
        {props.result.findings.length} findings ({counts(s.bySeverity)}). Read {ORDER_WORDS[alt.order]}, the review
        finds {alt.findings} ({counts(alt.bySeverity)}); {alt.differing} differ.
        {example && (
          <span style={{ display: "block" }} data-testid="date-both-ways">
            For example, {example.header ? `${example.header} ` : ""}“{example.text}” is {formatDay(example.dmy)} read
            day first, or {formatDay(example.mdy)} read month first.
          </span>
        )}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" size="small" onClick={() => props.onSwitch(alt.order)}>
          Read as {ORDER_WORDS[alt.order]}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
