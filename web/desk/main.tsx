import { createRoot } from "react-dom/client";
import { DeskApp } from "./desk-app.tsx";
import "../shared/console.css";

createRoot(document.getElementById("root")!).render(<DeskApp />);
