/* global document, HTMLElement */
/**
 * office.js did not load (no network, a blocked CDN): Office is undefined and the pane cannot start.
 * The loading frame says so instead of turning forever. The Office language is unknown without
 * office.js, so in both languages.
 */
export function showOfficeMissing(container: HTMLElement): void {
  const main = document.createElement("main");
  main.className = "boot";
  const title = document.createElement("h1");
  title.textContent = "绩效计分 PerfScore";
  const zh = document.createElement("p");
  zh.textContent = "无法加载 Office.js，加载项无法启动。请检查网络连接，然后关闭并重新打开加载项。";
  const en = document.createElement("p");
  en.lang = "en";
  en.textContent =
    "Office.js could not be loaded, so the add-in cannot start. Check the network connection, then close and reopen the add-in.";
  const alert = document.createElement("div");
  alert.setAttribute("role", "alert");
  alert.append(zh, en);
  main.append(title, alert);
  container.replaceChildren(main);
}
