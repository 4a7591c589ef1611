import { createRoot } from "react-dom/client";
import { AdminApp } from "./admin-app.tsx";
import "../shared/console.css";

createRoot(document.getElementById("root")!).render(<AdminApp />);
