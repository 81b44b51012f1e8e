// office-addin-mock imports office-addin-manifest for its own CLI helpers; its ESM-only
// dependencies cannot load under jest, and the mock never needs it.
export {};
