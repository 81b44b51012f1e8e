/**
 * Report words in other languages: a distributor's export in German, French, Spanish, Italian, Dutch
 * or Portuguese names its columns and writes its statuses, terms and flags in that language
 * ("Laufzeit: 1 Jahr", "Statut: Suspendu", "Renovación automática: Sí"). RULES.md §6 lists English
 * words; these are the same words, read only in reports (rules table, decision 37). The formulas keep
 * RULES.md §1–§2's forms.
 *
 * Words are compared folded: lower case, accents off, ß as ss ("Gekündigt" → "gekundigt").
 */
import type { Role } from "./role-list";
import { fold } from "../../../cells/values";

export { fold };

/** Statuses (folded): active, suspended, or ended (nothing more is billed). */
export const LOCAL_STATUSES: Readonly<Record<string, "active" | "suspended" | "ended">> = (() => {
  const words: Record<"active" | "suspended" | "ended", string> = {
    // de, fr, es/it/pt, nl
    active: "aktiv actif active activo activa attivo attiva ativo ativa actief",
    suspended:
      "gesperrt angehalten ausgesetzt suspendiert suspendu suspendue suspendido suspendida sospeso sospesa suspenso suspensa opgeschort geschorst",
    ended:
      "gekundigt storniert abgelaufen geloscht deaktiviert beendet annule annulee resilie resiliee expire expiree supprime supprimee desactive desactivee termine terminee " +
      "cancelado cancelada vencido vencida expirado expirada eliminado eliminada desactivado desactivada finalizado finalizada " +
      "annullato annullata scaduto scaduta eliminato eliminata disattivato disattivata cessato cessata " +
      "excluido excluida desativado desativada encerrado encerrada " +
      "geannuleerd opgezegd verlopen verwijderd uitgeschakeld beeindigd",
  };
  const map: Record<string, "active" | "suspended" | "ended"> = {};
  for (const [status, list] of Object.entries(words) as Array<["active" | "suspended" | "ended", string]>) {
    for (const w of list.split(" ")) map[w] = status;
  }
  return map;
})();

/**
 * Auto-renew flags (folded): yes/true/on/enabled in each language — as a German or French Excel
 * writes TRUE/FALSE in a CSV (WAHR/FALSCH, VRAI/FAUX) — and their opposites.
 */
export const LOCAL_ON: readonly string[] = (
  "ja wahr an ein aktiviert automatisch oui vrai automatique si verdadero activado activada automatica automatico " +
  "vero attivato attivata sim verdadeiro ativado ativada waar aan ingeschakeld"
).split(" ");
export const LOCAL_OFF: readonly string[] = (
  "nein falsch aus deaktiviert manuell non faux desactive desactivee manuel falso desactivado desactivada manual " +
  "disattivato disattivata nao desativado desativada nee onwaar uit uitgeschakeld handmatig"
).split(" ");

/** Term and billing words (folded) and the English word each stands for. */
const TERM_TOKENS: Readonly<Record<string, string>> = (() => {
  const groups: Record<string, string> = {
    month: "monat mois mes mese mês maand",
    months: "monate monaten meses mesi maanden",
    year: "jahr an annee ano anno jaar",
    years: "jahre jahren ans annees anos anni",
    monthly:
      "monatsvertrag monatsabo monatsabonnement monatlich monatliche monatlicher mensuel mensuelle mensual mensuales mensile mensal maandelijks maandelijkse",
    annual:
      "jahresvertrag jahresabo jahresabonnement jahreslizenz jahrlich jahrliche jahrlicher annuel annuelle anual anuales annuale jaarlijks jaarlijkse",
    triennial: "triennal triennale trienal dreijahrig dreijahrige driejarig",
    upfront: "vorauszahlung vorab vorauskasse anticipe anticipado anticipato antecipado vooruitbetaald",
    "1": "ein eine einer eins un une uno una um uma een",
    "3": "drei trois tres tre drie",
    "12": "zwolf douze doce dodici twaalf",
    "1 year": "einjahrig einjahrige eenjarig",
  };
  const map: Record<string, string> = {};
  for (const [english, list] of Object.entries(groups)) for (const w of list.split(" ")) map[fold(w)] = english;
  return map;
})();

/** Words around a term or billing plan that say nothing of its length (folded). */
const TERM_NOISE =
  /\b(?:laufzeit|vertragslaufzeit|abonnement|abo|vertrag|bindung|engagement|duree|contrat|compromiso|suscripcion|contrato|plazo|impegno|abbonamento|contratto|durata|compromisso|assinatura|prazo|verbintenis|looptijd|contract|de|del|di|da|do|mit|con|avec|met|com|facturation|abrechnung|zahlung|paiement|pago|facturacion|fatturazione|pagamento|faturamento|facturering|betaling)\b/g;

/**
 * A term or billing text in another language put in English words, or undefined when it has none of
 * them: "1 Jahr" → "1 year", "Jährlich" → "annual", "3 ans" → "3 years", "Mensual" → "monthly",
 * "12 Monate" → "12 months", "Engagement annuel" → "annual".
 */
export function englishTermWords(text: string): string | undefined {
  let found = false;
  const words = fold(text)
    .replace(TERM_NOISE, " ")
    .replace(/[a-z]+/g, (w) => {
      const english = TERM_TOKENS[w];
      if (english === undefined) return w;
      found = true;
      return english;
    })
    .replace(/\s+/g, " ")
    .trim();
  return found ? words : undefined;
}

/** Planned actions (folded first words) and the §6 action each is. */
export const LOCAL_ACTIONS: ReadonlyArray<[RegExp, "reduce" | "cancel" | "move" | "keep" | "increase" | "upgrade"]> = [
  [
    /^(kundig|stornier|nicht verlanger|auslaufen|annuler|resilier|ne pas renouveler|cancelar|no renovar|annullare|disdire|non rinnovare|opzeggen|annuleren|niet verlengen|nao renovar)/,
    "cancel",
  ],
  [/^(reduzier|verringer|reduire|diminuer|reducir|disminuir|ridurre|verminderen|verlagen|reduzir|diminuir)/, "reduce"],
  [
    /^(wechsel|partnerwechsel|transfer|changement de partenaire|cambio de partner|cambio partner|overstap|partnerwissel|mudanca de parceiro)/,
    "move",
  ],
  [
    /^(behalten|verlangern|beibehalten|keine anderung|conserver|renouveler|aucun changement|mantener|renovar|sin cambios|mantenere|rinnovare|nessuna modifica|behouden|verlengen|geen wijziging|manter|sem alteracao)/,
    "keep",
  ],
  [/^(erhohen|aufstocken|augmenter|aumentar|aumentare|verhogen|uitbreiden)/, "increase"],
];

/**
 * Header synonyms in other languages, after the English ones of roles.ts (which win when both name a
 * role in one report). Compared as roles.ts compares headers (no case, accents, spaces or punctuation).
 */
export const LOCAL_HEADERS: Partial<Record<Role, readonly string[]>> = {
  customer: [
    "Kunde",
    "Kundenname",
    "Endkunde",
    "Firma",
    "Firmenname",
    "Unternehmen",
    "Mandant",
    "Nom du client",
    "Client final",
    "Société",
    "Entreprise",
    "Raison sociale",
    "Cliente",
    "Nombre del cliente",
    "Cliente final",
    "Empresa",
    "Nome cliente",
    "Nome do cliente",
    "Azienda",
    "Ragione sociale",
    "Klant",
    "Klantnaam",
    "Eindklant",
    "Bedrijf",
    "Bedrijfsnaam",
    "Organisatie",
  ],
  subscription_id: [
    "Abonnement-ID",
    "Abonnementnummer",
    "Abo-ID",
    "Abonnement ID",
    "ID d'abonnement",
    "ID de l'abonnement",
    "Numéro d'abonnement",
    "ID de suscripción",
    "Id. de suscripción",
    "ID suscripción",
    "ID abbonamento",
    "ID sottoscrizione",
    "ID da assinatura",
    "ID de assinatura",
    "Abonnements-ID",
    "Abonnementsnummer",
  ],
  product: [
    "Produkt",
    "Produktname",
    "Artikel",
    "Artikelbezeichnung",
    "Angebot",
    "Angebotsname",
    "Lizenz",
    "Produit",
    "Nom du produit",
    "Offre",
    "Producto",
    "Nombre del producto",
    "Oferta",
    "Prodotto",
    "Nome prodotto",
    "Nome del prodotto",
    "Offerta",
    "Produto",
    "Nome do produto",
    "Productnaam",
    "Aanbieding",
  ],
  quantity: [
    "Menge",
    "Anzahl",
    "Lizenzen",
    "Anzahl Lizenzen",
    "Lizenzanzahl",
    "Stückzahl",
    "Plätze",
    "Quantité",
    "Licences",
    "Nombre de licences",
    "Cantidad",
    "Licencias",
    "Número de licencias",
    "Quantità",
    "Licenze",
    "Numero di licenze",
    "Quantidade",
    "Licenças",
    "Número de licenças",
    "Aantal",
    "Hoeveelheid",
    "Licenties",
    "Aantal licenties",
  ],
  term: [
    "Laufzeit",
    "Vertragslaufzeit",
    "Abonnementlaufzeit",
    "Bindungsfrist",
    "Mindestlaufzeit",
    "Durée",
    "Durée d'engagement",
    "Engagement",
    "Durée du contrat",
    "Durée de l'abonnement",
    "Plazo",
    "Duración",
    "Compromiso",
    "Plazo de compromiso",
    "Duración del compromiso",
    "Durata",
    "Durata impegno",
    "Impegno",
    "Durata del contratto",
    "Prazo",
    "Duração",
    "Compromisso",
    "Período de compromisso",
    "Looptijd",
    "Termijn",
    "Contractduur",
    "Verbintenis",
  ],
  billing_frequency: [
    "Abrechnungszeitraum",
    "Abrechnungsintervall",
    "Abrechnungshäufigkeit",
    "Abrechnung",
    "Zahlungsweise",
    "Abrechnungsfrequenz",
    "Abrechnungszyklus",
    "Fréquence de facturation",
    "Cycle de facturation",
    "Facturation",
    "Périodicité de facturation",
    "Frecuencia de facturación",
    "Ciclo de facturación",
    "Facturación",
    "Frequenza di fatturazione",
    "Ciclo di fatturazione",
    "Fatturazione",
    "Frequência de cobrança",
    "Frequência de faturamento",
    "Ciclo de faturamento",
    "Faturamento",
    "Factureringsfrequentie",
    "Factuurfrequentie",
    "Facturatiecyclus",
    "Facturering",
  ],
  start_date: [
    "Startdatum",
    "Beginn",
    "Vertragsbeginn",
    "Laufzeitbeginn",
    "Anfangsdatum",
    "Kaufdatum",
    "Bestelldatum",
    "Aktivierungsdatum",
    "Date de début",
    "Début",
    "Date d'achat",
    "Date de commande",
    "Date d'activation",
    "Fecha de inicio",
    "Inicio",
    "Fecha de compra",
    "Fecha de activación",
    "Data di inizio",
    "Data inizio",
    "Inizio",
    "Data di acquisto",
    "Data di attivazione",
    "Data de início",
    "Início",
    "Data de compra",
    "Data de ativação",
    "Begindatum",
    "Ingangsdatum",
    "Aankoopdatum",
  ],
  end_date: [
    "Enddatum",
    "Ende",
    "Laufzeitende",
    "Vertragsende",
    "Ablaufdatum",
    "Gültig bis",
    "Date de fin",
    "Fin",
    "Date d'expiration",
    "Fin d'engagement",
    "Fin de l'engagement",
    "Date d'échéance",
    "Échéance",
    "Valable jusqu'au",
    "Fecha de finalización",
    "Fecha de fin",
    "Fin del plazo",
    "Fecha de vencimiento",
    "Vencimiento",
    "Fecha de expiración",
    "Válido hasta",
    "Data di fine",
    "Data fine",
    "Data di scadenza",
    "Scadenza",
    "Valido fino al",
    "Data de término",
    "Data de fim",
    "Data de vencimento",
    "Data de expiração",
    "Válido até",
    "Einddatum",
    "Vervaldatum",
    "Geldig tot",
  ],
  renewal_date: [
    "Verlängerungsdatum",
    "Nächste Verlängerung",
    "Erneuerungsdatum",
    "Verlängerung am",
    "Jahrestag",
    "Date de renouvellement",
    "Prochain renouvellement",
    "Date anniversaire",
    "Fecha de renovación",
    "Próxima renovación",
    "Fecha de aniversario",
    "Data di rinnovo",
    "Data rinnovo",
    "Prossimo rinnovo",
    "Data de renovação",
    "Próxima renovação",
    "Verlengingsdatum",
    "Vernieuwingsdatum",
    "Volgende verlenging",
  ],
  auto_renew: [
    "Automatische Verlängerung",
    "Autom. Verlängerung",
    "Auto-Verlängerung",
    "Automatisch verlängern",
    "Renouvellement automatique",
    "Renouvellement auto",
    "Renovación automática",
    "Rinnovo automatico",
    "Renovação automática",
    "Automatisch verlengen",
    "Automatische verlenging",
  ],
  status: [
    "Abonnementstatus",
    "Statut",
    "Statut de l'abonnement",
    "État",
    "État de l'abonnement",
    "Estado",
    "Estado de la suscripción",
    "Stato",
    "Stato abbonamento",
    "Estado da assinatura",
    "Situação",
    "Abonnementsstatus",
  ],
  status_date: [
    "Statusdatum",
    "Sperrdatum",
    "Gesperrt am",
    "Datum der Sperrung",
    "Date de suspension",
    "Date du statut",
    "Fecha de suspensión",
    "Fecha de estado",
    "Data di sospensione",
    "Data de suspensão",
    "Datum opschorting",
  ],
  planned_quantity: [
    "Geplante Menge",
    "Quantité prévue",
    "Cantidad prevista",
    "Quantità prevista",
    "Quantidade prevista",
    "Gepland aantal",
  ],
  planned_action: [
    "Geplante Aktion",
    "Geplante Maßnahme",
    "Action prévue",
    "Acción prevista",
    "Azione prevista",
    "Ação prevista",
    "Geplande actie",
  ],
  unit_price: [
    "Monatspreis",
    "Preis pro Monat",
    "Einzelpreis",
    "Stückpreis",
    "Preis",
    "Prix mensuel",
    "Prix unitaire",
    "Prix",
    "Precio mensual",
    "Precio unitario",
    "Precio",
    "Prezzo mensile",
    "Prezzo unitario",
    "Prezzo",
    "Preço mensal",
    "Preço unitário",
    "Preço",
    "Prijs per maand",
    "Eenheidsprijs",
    "Stukprijs",
    "Prijs",
  ],
  // Licences assigned to users and licences left over (a tenant's licence export in its language).
  assigned: [
    "Zugewiesene Lizenzen",
    "Zugewiesen",
    "Licences attribuées",
    "Attribuées",
    "Licencias asignadas",
    "Asignadas",
    "Licenze assegnate",
    "Assegnate",
    "Licenças atribuídas",
    "Licenças designadas",
    "Atribuídas",
    "Toegewezen licenties",
    "Toegewezen",
  ],
  currency: [
    "Währung",
    "Währungscode",
    "Devise",
    "Code devise",
    "Moneda",
    "Código de moneda",
    "Divisa",
    "Valuta",
    "Codice valuta",
    "Moeda",
    "Código da moeda",
    "Valutacode",
  ],
  // An EA enrollment's annual value.
  annual_value: [
    "Jahreswert",
    "Jährlicher Wert",
    "Valeur annuelle",
    "Montant annuel",
    "Valor anual",
    "Importe anual",
    "Valore annuo",
    "Valore annuale",
    "Jaarwaarde",
    "Jaarlijkse waarde",
  ],
  available: [
    "Verfügbare Lizenzen",
    "Verfügbar",
    "Licences disponibles",
    "Disponibles",
    "Licencias disponibles",
    "Licenze disponibili",
    "Disponibili",
    "Licenças disponíveis",
    "Disponíveis",
    "Beschikbare licenties",
    "Beschikbaar",
  ],
};
