// The page before the app: the built index.html carries the app's frame as plain HTML (header,
// brand, the tabs, the language button, "Henter data …"), so something true is on screen at the
// first paint instead of a white page until the main script has run. A few lines of script right
// after it mark the URL's view and switch to English for lang=en before that paint. React then
// renders the same frame over it (createRoot replaces the shell), so nothing moves.
import type { Plugin } from 'vite';
import { da, type Texts } from '../src/i18n/texts.ts';
import { en } from '../src/i18n/texts-en.ts';
import { DEFAULT_SPEC, VIEWS } from '../src/view/view-spec.ts';

const SCRIPT = 'assets/shell.js';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A text in Danish, with its English in data-en for the shell's script. */
const both = (pick: (t: Texts) => string | undefined) => ({ text: escape(pick(da) ?? ''), en: escape(pick(en) ?? '') });

function tabLabel(view: (typeof VIEWS)[number]): string {
  const long = both((t) => t.views[view]);
  const short = both((t) => t.viewsShort[view]);
  if (!short.text) return `<span data-en="${long.en}">${long.text}</span>`;
  return `<span class="tab-long" data-en="${long.en}">${long.text}</span><span class="tab-short" data-en="${short.en}">${short.text}</span>`;
}

/** The markup of app.tsx's frame while the data loads, class for class, in Danish. */
export function shellHtml(): string {
  const text = (pick: (t: Texts) => string) => {
    const t = both(pick);
    return `<span data-en="${t.en}">${t.text}</span>`;
  };
  const tabs = VIEWS.map((v) => `<li><a class="tab" href="?view=${v}" data-view="${v}">${tabLabel(v)}</a></li>`).join('');
  return [
    '<div class="app">',
    `<a class="skip-link" href="#main">${text((t) => t.skipToContent)}</a>`,
    '<header class="app-header">',
    `<div class="brand"><span class="brand-name">${escape(da.appName)}</span><span class="brand-tagline">${text((t) => t.tagline)}</span></div>`,
    `<nav class="view-nav" aria-label="${escape(da.nav)}"><button type="button" class="menu-button" aria-expanded="false"><span aria-hidden="true" class="menu-icon">☰</span><span class="visually-hidden">${text((t) => t.menu)}: </span><span class="menu-label"></span></button><ul class="tabs">${tabs}</ul></nav>`,
    '<button type="button" class="language" lang="en" title="English"><span class="language-long">English</span><span class="language-short">EN</span></button>',
    '</header>',
    `<main id="main" class="app-main"><div class="page-status" role="status">${text((t) => t.loading)}</div></main>`,
    `<footer class="app-footer">${text((t) => t.footer)}</footer>`,
    '</div>',
  ].join('');
}

/** Runs as soon as the shell is parsed, before the first paint: plain ES5, no imports. */
const SHELL_SCRIPT = `(function () {
  var query = new URLSearchParams(location.search);
  var view = query.get('view') || ${JSON.stringify(DEFAULT_SPEC.view)};
  var english = query.get('lang') === 'en';
  var root = document.getElementById('root');
  if (english) {
    document.documentElement.lang = 'en';
    root.querySelectorAll('[data-en]').forEach(function (el) { el.textContent = el.getAttribute('data-en'); });
    var language = root.querySelector('.language');
    language.lang = 'da'; language.title = 'Dansk';
    language.querySelector('.language-long').textContent = 'Dansk';
    language.querySelector('.language-short').textContent = 'DA';
  }
  var tab = root.querySelector('.tab[data-view="' + view + '"]');
  if (tab) {
    tab.setAttribute('aria-current', 'page');
    var label = tab.querySelector('.tab-short') || tab;
    root.querySelector('.menu-label').textContent = label.textContent;
  }
})();
`;

export function pageShell(): Plugin {
  return {
    name: 'kommunetal-shell',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: SCRIPT, source: SHELL_SCRIPT });
    },
    apply: 'build',
    transformIndexHtml: {
      // After Vite's own pass, which would try to bundle a classic script.
      order: 'post',
      handler(html, ctx) {
        // Only the full page: an embed is a chart in someone else's page, without the app's header.
        if (!ctx.filename.endsWith('index.html')) return html;
        return html.replace('<div id="root"></div>', `<div id="root">${shellHtml()}</div>\n    <script src="./${SCRIPT}"></script>`);
      },
    },
  };
}
