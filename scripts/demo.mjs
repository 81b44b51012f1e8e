// `npm run demo`: build and serve the browser demo (the real pane beside an in-page workbook).
process.env.RENEWAL_RADAR_DEMO = "1";
await import("./start.mjs");
