/**
 * Reports in German, French, Spanish, Italian, Dutch and Portuguese: their headers name the roles,
 * their statuses, flags, terms, billing plans, planned actions and month names are read as the
 * English words of RULES.md §6 (rules table, decision 37). The formulas keep §1–§2's English forms, and
 * a word of a language the review does not read stays a data issue.
 */
import { BAD, BLANK, readAction, readFlag, readStatus } from "../../../../src/review/reading/cells";
import { readBilling, readTerm } from "../../../../src/review/reading/term-cells";
import { decodeReport } from "../../../../src/review/reading/decode";
import { fold } from "../../../../src/cells/values";
import { englishTermWords } from "../../../../src/review/reading/words/vocabulary";
import { normalizeHeader, roleOfHeader } from "../../../../src/review/reading/words/roles";
import { iso } from "../../../../src/rules/dates";
import { readDateText } from "../../../../src/cells/date-text";
import { parseTerm } from "../../../../src/cells/terms";

describe("statuses in other languages", () => {
  it.each([
    ["Aktiv", "active"],
    ["Actif", "active"],
    ["Activo", "active"],
    ["Attivo", "active"],
    ["Actief", "active"],
    ["Ativo", "active"],
    ["Gesperrt", "suspended"],
    ["Angehalten", "suspended"],
    ["Suspendu", "suspended"],
    ["Suspendida", "suspended"],
    ["Sospeso", "suspended"],
    ["Opgeschort", "suspended"],
    ["Gekündigt", "ended"],
    ["Abgelaufen", "ended"],
    ["Gelöscht", "ended"],
    ["Résilié", "ended"],
    ["Expirée", "ended"],
    ["Cancelado", "ended"],
    ["Scaduto", "ended"],
    ["Verlopen", "ended"],
    ["Beëindigd", "ended"],
    ["Desativado", "ended"],
  ])("%s is read as %s", (word, status) => {
    expect(readStatus(word)).toBe(status);
  });

  it("reads a German status with a note after it, as English ones are", () => {
    expect(readStatus("Gesperrt (Zahlungsverzug)")).toBe("suspended");
    expect(readStatus("Gekündigt - Kundenwunsch")).toBe("ended");
  });

  it("leaves a status in a language it does not read a data issue, never active", () => {
    expect(readStatus("Zawieszony")).toBe(BAD);
    expect(readStatus("Aktywny")).toBe(BAD);
  });
});

describe("auto-renew flags in other languages", () => {
  it.each([
    ["Ja", true],
    ["Nein", false],
    ["WAHR", true],
    ["FALSCH", false],
    ["Oui", true],
    ["Non", false],
    ["VRAI", true],
    ["FAUX", false],
    ["Sí", true],
    ["Si", true],
    ["Verdadero", true],
    ["Falso", false],
    ["Não", false],
    ["Sim", true],
    ["Nee", false],
    ["Aktiviert", true],
    ["Deaktiviert", false],
    ["Désactivé", false],
    ["Activado", true],
    ["Ingeschakeld", true],
    ["Uitgeschakeld", false],
  ])("%s is %s", (word, on) => {
    expect(readFlag(word)).toBe(on);
  });

  it("does not read a status word as a flag (a status column is never the auto-renew by its values)", () => {
    expect(readFlag("Aktiv")).toBe(BAD);
    expect(readFlag("Actif")).toBe(BAD);
  });
});

describe("terms and billing plans in other languages", () => {
  it.each([
    ["1 Jahr", 12],
    ["3 Jahre", 36],
    ["12 Monate", 12],
    ["1 Monat", 1],
    ["Jährlich", 12],
    ["Monatlich", 1],
    ["Jahresvertrag", 12],
    ["1 an", 12],
    ["3 ans", 36],
    ["12 mois", 12],
    ["Mensuel", 1],
    ["Annuel", 12],
    ["Engagement annuel", 12],
    ["Triennal", 36],
    ["1 año", 12],
    ["3 años", 36],
    ["Mensual", 1],
    ["Anual", 12],
    ["12 meses", 12],
    ["1 anno", 12],
    ["3 anni", 36],
    ["Mensile", 1],
    ["Annuale", 12],
    ["1 jaar", 12],
    ["3 jaar", 36],
    ["Maandelijks", 1],
    ["Jaarlijks", 12],
    ["1 maand", 1],
    ["1 ano", 12],
    ["3 anos", 36],
    ["Mensal", 1],
    ["1 Jahr - monatliche Abrechnung", 12],
    ["Ein Jahr", 12],
    ["Drei Jahre", 36],
  ])("the term %s is %i months", (text, months) => {
    expect(readTerm(text)).toBe(months);
  });

  it("keeps an unknown term a data issue in any language", () => {
    expect(readTerm("Flexibel")).toBe(BAD);
    expect(readTerm("2 Jahre")).toBe(BAD);
  });

  it("reads the billing plan in other languages (N6: the 5 % premium depends on it)", () => {
    expect(readBilling("Monatlich")).toBe("monthly");
    expect(readBilling("Jährlich")).toBe("annual");
    expect(readBilling("Mensuel")).toBe("monthly");
    expect(readBilling("Facturation mensuelle")).toBe("monthly");
    expect(readBilling("Anual")).toBe("annual");
    expect(readBilling("Vorauszahlung")).toBe("upfront");
  });

  it("puts only words it knows into English, and says when there were none", () => {
    expect(englishTermWords("3 Jahre")).toBe("3 years");
    expect(englishTermWords("Flexi")).toBeUndefined();
  });

  it("is no term form a formula accepts (RULES.md §2: #VALUE! naming the forms)", () => {
    expect(() => parseTerm("1 Jahr")).toThrow(/not a term/);
    expect(() => parseTerm("Mensuel")).toThrow(/not a term/);
  });
});

describe("planned actions in other languages", () => {
  it.each([
    ["Kündigen", "cancel"],
    ["Nicht verlängern", "cancel"],
    ["Résilier", "cancel"],
    ["Ne pas renouveler", "cancel"],
    ["No renovar", "cancel"],
    ["Opzeggen", "cancel"],
    ["Reduzieren", "reduce"],
    ["Réduire", "reduce"],
    ["Reducir", "reduce"],
    ["Ridurre", "reduce"],
    ["Verminderen", "reduce"],
    ["Partnerwechsel", "move"],
    ["Behalten", "keep"],
    ["Verlängern", "keep"],
    ["Renouveler", "keep"],
    ["Renovar", "keep"],
    ["Erhöhen", "increase"],
    ["Augmenter", "increase"],
  ])("%s is %s", (word, action) => {
    expect(readAction(word)).toBe(action);
  });

  it("leaves a blank action blank and an unknown one a data issue", () => {
    expect(readAction("")).toBe(BLANK);
    expect(readAction("Vielleicht")).toBe(BAD);
  });
});

describe("headers in other languages", () => {
  it.each([
    ["Kunde", "customer"],
    ["Nom du client", "customer"],
    ["Cliente", "customer"],
    ["Klantnaam", "customer"],
    ["Abonnement-ID", "subscription_id"],
    ["ID d'abonnement", "subscription_id"],
    ["ID de suscripción", "subscription_id"],
    ["Produkt", "product"],
    ["Produit", "product"],
    ["Producto", "product"],
    ["Prodotto", "product"],
    ["Anzahl", "quantity"],
    ["Quantité", "quantity"],
    ["Cantidad", "quantity"],
    ["Aantal", "quantity"],
    ["Laufzeit", "term"],
    ["Durée d'engagement", "term"],
    ["Plazo", "term"],
    ["Durata", "term"],
    ["Looptijd", "term"],
    ["Abrechnungszeitraum", "billing_frequency"],
    ["Fréquence de facturation", "billing_frequency"],
    ["Startdatum", "start_date"],
    ["Date de début", "start_date"],
    ["Fecha de inicio", "start_date"],
    ["Data di inizio", "start_date"],
    ["Enddatum", "end_date"],
    ["Date de fin", "end_date"],
    ["Fecha de finalización", "end_date"],
    ["Data de término", "end_date"],
    ["Einddatum", "end_date"],
    ["Verlängerungsdatum", "renewal_date"],
    ["Date de renouvellement", "renewal_date"],
    ["Próxima renovación", "renewal_date"],
    ["Automatische Verlängerung", "auto_renew"],
    ["Renouvellement automatique", "auto_renew"],
    ["Renovación automática", "auto_renew"],
    ["Statut", "status"],
    ["Estado", "status"],
    ["Stato", "status"],
    ["Gesperrt am", "status_date"],
    ["Einzelpreis", "unit_price"],
    ["Prix unitaire", "unit_price"],
    ["Precio unitario", "unit_price"],
    ["Preço unitário", "unit_price"],
    ["Geplante Aktion", "planned_action"],
    ["Geplante Menge", "planned_quantity"],
  ])("%s names the %s column", (header, role) => {
    expect(roleOfHeader(header)?.[0]).toBe(role);
  });

  it("lets an English header win over another language's when both name a role", () => {
    expect(roleOfHeader("Customer")![1]).toBeLessThan(roleOfHeader("Kunde")![1]);
  });

  it("compares headers without accents: Durée ~ duree, Verlängerung ~ verlangerung", () => {
    expect(normalizeHeader("Durée d'engagement")).toBe("dureedengagement");
    expect(fold("Straße GEKÜNDIGT")).toBe("strasse gekundigt");
  });
});

describe("dates with another language's month names (reports only)", () => {
  it.each([
    ["30. Nov. 2026", "2026-11-30"],
    ["30. November 2026", "2026-11-30"],
    ["3. März 2026", "2026-03-03"],
    ["1. Okt. 2026", "2026-10-01"],
    ["30 novembre 2026", "2026-11-30"],
    ["1 févr. 2027", "2027-02-01"],
    ["15 août 2026", "2026-08-15"],
    ["30 déc. 2026", "2026-12-30"],
    ["30 de noviembre de 2026", "2026-11-30"],
    ["30-dic-2026", "2026-12-30"],
    ["30-dic-26", "2026-12-30"],
    ["1 ene 2027", "2027-01-01"],
    ["15 mrt 2026", "2026-03-15"],
    ["1 mei 2026", "2026-05-01"],
    ["1 gennaio 2027", "2027-01-01"],
    ["1 out 2026", "2026-10-01"],
  ])("%s is %s", (text, date) => {
    expect(readDateText(text, undefined, true)).toEqual({ ok: true, serial: iso(date) });
  });

  it("a formula still takes only RULES.md §1's English forms", () => {
    expect(readDateText("30 novembre 2026").ok).toBe(false);
    expect(readDateText("30-dic-2026").ok).toBe(false);
    expect(readDateText("30 nov 2026")).toEqual({ ok: true, serial: iso("2026-11-30") });
  });

  it("a name that is no month in any language is no date", () => {
    expect(readDateText("30 Xyz 2026", undefined, true).ok).toBe(false);
  });
});

describe("Windows-1252 files", () => {
  it("decodes the euro sign, dashes and curly quotes (Node's TextDecoder reads Windows-1252 as Latin-1)", () => {
    const bytes = Uint8Array.from([
      0x31, 0x31, 0x2c, 0x37, 0x30, 0x20, 0x80, 0x3b, 0x93, 0x41, 0x94, 0x20, 0x96, 0x20, 0xfc,
    ]);
    expect(decodeReport(bytes)).toEqual({ text: "11,70 €;“A” – ü", encoding: "windows-1252" });
  });
});
