// office-addin-mock imports office-addin-manifest only for its OfficeApp names; the real package's
// ESM-only dependencies cannot load under jest, so this stand-in gives the same names.
export enum OfficeApp {
  Excel = "excel",
  OneNote = "onenote",
  Outlook = "outlook",
  PowerPoint = "powerpoint",
  Project = "project",
  Word = "word",
}
