/** The task pane in Excel: the App over the office.js host. */
import { createRoot } from "react-dom/client";
import { ExcelHost, onOfficeReady } from "../excel/excel-host";
import { App } from "./App";

onOfficeReady(() => {
  const root = document.getElementById("root");
  if (root) createRoot(root).render(<App host={new ExcelHost()} />);
});
