import * as React from "react";
import { Button, Field, Input, Radio, RadioGroup, Switch, makeStyles, tokens } from "@fluentui/react-components";
import { DEFAULT_SETTINGS, type PaneSettings } from "../../excel/host";
import { isValidYMD, iso, toISO } from "../../rules/dates";

const useStyles = makeStyles({
  form: { display: "grid", rowGap: tokens.spacingVerticalM },
  buttons: { display: "flex", columnGap: tokens.spacingHorizontalS },
});

interface Draft {
  asOf: string;
  horizon: string;
  deprovisionDays: string;
  estFee: string;
  estFeeNoMonthly: string;
  monthlyBillingPremium: string;
  monthlyTermPremium: string;
  lateReduction: string;
  pauMinimum: string;
  eaHorizon: string;
  estStart: string;
  dateOrder: PaneSettings["dateOrder"];
  highlight: boolean;
}

const pct = (f: number) => String(Math.round(f * 10000) / 100);
const toDraft = (s: PaneSettings): Draft => ({
  asOf: s.asOf,
  horizon: String(s.horizon),
  deprovisionDays: String(s.deprovisionDays),
  estFee: pct(s.estFee),
  estFeeNoMonthly: pct(s.estFeeNoMonthly ?? DEFAULT_SETTINGS.estFeeNoMonthly),
  monthlyBillingPremium: pct(s.monthlyBillingPremium ?? DEFAULT_SETTINGS.monthlyBillingPremium),
  monthlyTermPremium: pct(s.monthlyTermPremium ?? DEFAULT_SETTINGS.monthlyTermPremium),
  lateReduction: pct(s.lateReduction),
  pauMinimum: String(s.pauMinimum),
  eaHorizon: String(s.eaHorizon ?? DEFAULT_SETTINGS.eaHorizon),
  estStart: toISO(s.estStart ?? DEFAULT_SETTINGS.estStart),
  dateOrder: s.dateOrder,
  highlight: s.highlight,
});

type Errors = Partial<Record<keyof Draft, string>>;

/** Checks a draft; returns the settings or the messages to show by each field. */
export function validateSettings(d: Draft): { settings?: PaneSettings; errors: Errors } {
  const errors: Errors = {};
  const whole = (key: keyof Draft, v: string, min: number, max: number) => {
    const n = Number(v);
    if (v.trim() === "" || !Number.isInteger(n) || n < min || n > max)
      errors[key] = `Enter a whole number from ${min} to ${max}.`;
    return n;
  };
  const percent = (key: keyof Draft, v: string) => {
    const n = Number(v);
    if (v.trim() === "" || !Number.isFinite(n) || n < 0 || n > 100) errors[key] = "Enter a percentage from 0 to 100.";
    return n / 100;
  };
  if (d.asOf) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d.asOf);
    if (!m || !isValidYMD(+m[1], +m[2], +m[3]) || +m[1] < 1900)
      errors.asOf = "Enter a date, or leave it empty for today.";
  }
  const estStart = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d.estStart);
  if (!estStart || !isValidYMD(+estStart[1], +estStart[2], +estStart[3]) || +estStart[1] < 2000)
    errors.estStart = "Enter a date (the first term end that can move into EST).";
  const settings: PaneSettings = {
    asOf: d.asOf,
    horizon: whole("horizon", d.horizon, 0, 3660),
    deprovisionDays: whole("deprovisionDays", d.deprovisionDays, 0, 3660),
    estFee: percent("estFee", d.estFee),
    estFeeNoMonthly: percent("estFeeNoMonthly", d.estFeeNoMonthly),
    monthlyBillingPremium: percent("monthlyBillingPremium", d.monthlyBillingPremium),
    monthlyTermPremium: percent("monthlyTermPremium", d.monthlyTermPremium),
    lateReduction: percent("lateReduction", d.lateReduction),
    pauMinimum: whole("pauMinimum", d.pauMinimum, 0, 1000000),
    eaHorizon: whole("eaHorizon", d.eaHorizon, 0, 3660),
    estStart: estStart && !errors.estStart ? iso(d.estStart) : DEFAULT_SETTINGS.estStart,
    dateOrder: d.dateOrder,
    highlight: d.highlight,
  };
  return Object.keys(errors).length ? { errors } : { settings, errors };
}

export interface SettingsPanelProps {
  settings: PaneSettings;
  onSave: (settings: PaneSettings) => void;
}

/** as_of, horizon, the RULES.md parameters and the default date order, kept with the workbook. */
export function SettingsPanel({ settings, onSave }: SettingsPanelProps): React.ReactElement {
  const styles = useStyles();
  const [draft, setDraft] = React.useState<Draft>(toDraft(settings));
  const [errors, setErrors] = React.useState<Errors>({});
  React.useEffect(() => setDraft(toDraft(settings)), [settings]);
  const set = (key: keyof Draft) => (_: unknown, data: { value: string }) => setDraft({ ...draft, [key]: data.value });
  const save = (e: React.FormEvent) => {
    e.preventDefault();
    const { settings: next, errors: found } = validateSettings(draft);
    setErrors(found);
    // Keep what the form does not edit (the saved mapping corrections).
    if (next) onSave({ ...settings, ...next });
  };
  const field = (key: keyof Draft, label: string, hint: string, type = "number") => (
    <Field label={label} hint={hint} validationMessage={errors[key]} validationState={errors[key] ? "error" : "none"}>
      <Input type={type as "number"} value={String(draft[key])} onChange={set(key)} name={key} />
    </Field>
  );
  return (
    <form className={styles.form} onSubmit={save} aria-label="Settings">
      {field("asOf", "As of", "The day the review looks from. Empty: today.", "date")}
      {field("horizon", "Horizon (days)", "Renewals this many days ahead are due.")}
      {field(
        "deprovisionDays",
        "Days from suspension to data deletion",
        `Default ${DEFAULT_SETTINGS.deprovisionDays}. (Rule C1)`,
      )}
      {field(
        "estFee",
        "Extended Service Term fee, %",
        `Added to the monthly-term price when auto-renew is off. Default ${pct(DEFAULT_SETTINGS.estFee)}. (Rule N5)`,
      )}
      {field(
        "estStart",
        "Extended Service Term from",
        "A term ending on or after this day (and begun on or after 2025-04-01) moves into EST with auto-renew off; " +
          `before it, it expires. Default ${toISO(DEFAULT_SETTINGS.estStart)}. (Rule N5)`,
        "date",
      )}
      {field(
        "estFeeNoMonthly",
        "Extended Service Term fee without a monthly term, %",
        `Added to the annual-term price. Default ${pct(DEFAULT_SETTINGS.estFeeNoMonthly)}. (Rule N5)`,
      )}
      {field(
        "monthlyBillingPremium",
        "Extra for paying an annual term monthly, %",
        `Over paying upfront. Default ${pct(DEFAULT_SETTINGS.monthlyBillingPremium)}. (Rule N6)`,
      )}
      {field(
        "monthlyTermPremium",
        "Extra for a monthly term, %",
        `Over the annual term. Default ${pct(DEFAULT_SETTINGS.monthlyTermPremium)}. (Rule N6)`,
      )}
      {field(
        "lateReduction",
        "Discount lost by a late EA renewal, points",
        `Default ${pct(DEFAULT_SETTINGS.lateReduction)}. (Rule E2)`,
      )}
      {field(
        "eaHorizon",
        "EA renewals due (days before expiry)",
        `An unsigned EA renewal expiring within this many days is due: it takes weeks to sign. Default ${DEFAULT_SETTINGS.eaHorizon}. (RULES.md §6)`,
      )}
      {field(
        "pauMinimum",
        "Paid seats needed for partner incentives",
        `Default ${DEFAULT_SETTINGS.pauMinimum}. (Rule I1)`,
      )}
      <Field label="Date order when a report cannot tell">
        <RadioGroup
          value={draft.dateOrder}
          onChange={(_, d) => setDraft({ ...draft, dateOrder: d.value as Draft["dateOrder"] })}
        >
          <Radio value="mdy" label="Month first (12/31/2026)" />
          <Radio value="dmy" label="Day first (31/12/2026)" />
        </RadioGroup>
      </Field>
      <Switch
        checked={draft.highlight}
        label="Highlight risky rows in the sheet"
        onChange={(_, d) => setDraft({ ...draft, highlight: d.checked })}
      />
      <div className={styles.buttons}>
        <Button appearance="primary" type="submit">
          Save settings
        </Button>
        <Button type="button" onClick={() => setDraft(toDraft(DEFAULT_SETTINGS))}>
          Restore defaults
        </Button>
      </div>
    </form>
  );
}
