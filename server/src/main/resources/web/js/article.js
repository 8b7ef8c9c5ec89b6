// Article page: clean text with entities, quotations and dates marked; a side panel with the
// quotations and their speakers, normalised dates, story copies and the removed boilerplate.
'use strict';
(() => {
  const { el, api, showError, date, num, entityKey, entityUrl, articleUrl, TYPE_NAMES } = Marsad;
  const text = document.getElementById('text');
  const side = document.getElementById('side');
  document.getElementById('header').replaceWith(Marsad.header());
  const id = new URLSearchParams(location.search).get('id');

  async function load() {
    if (!id) { showError(text, new Error('لم تُحدَّد مقالة')); return; }
    try {
      const a = await api('/api/articles/' + encodeURIComponent(id));
      render(a);
      Marsad.tooltips(text);
    } catch (e) {
      showError(text, e);
      return;
    }
    try {
      const s = await api('/api/stories/' + encodeURIComponent(id));
      renderCopies(s);
    } catch (e) {
      document.getElementById('copies').replaceChildren(el('p', { class: 'note' }, 'تعذّر تحميل النسخ.'));
    }
  }

  function render(a) {
    const layers = new Set(a.layers || []);
    document.title = (a.title || 'مقالة') + ' — مَرصَد';
    const meta = el('div', { class: 'meta' },
      a.source && a.source.name ? el('span', {}, 'المصدر: ', a.source.name) : null,
      a.published ? el('time', { datetime: a.published }, date(a.published)) : null,
      a.dateline && a.dateline.agency ? el('span', { class: 'agency' }, 'الوكالة: ', a.dateline.agency) : null,
      a.topic ? el('span', { class: 'badge topic', title: a.topic.label + ' ' + a.topic.score.toFixed(2) }, Marsad.topicName(a.topic.label)) : null);
    const body = el('div', { class: 'body', lang: 'ar' });
    const paragraphs = marked(a);
    if (a.dateline && paragraphs.length) {
      paragraphs[0].prepend(el('span', { class: 'dateline', title: 'سطر المكان والوكالة' }, a.dateline.text), ' ');
    }
    body.append(...paragraphs);
    const legend = !layers.has('entities') && !layers.has('quotes') ? null : el('div', { class: 'legend', 'aria-hidden': 'true' },
      ...['PER', 'LOC', 'ORG', 'MISC'].map(t => el('span', { class: t }, TYPE_NAMES[t])), el('span', { class: 'Q' }, 'اقتباس'));
    const summary = a.summary ? el('section', { class: 'summary', id: 'summary' }, el('h2', {}, 'الملخص'), el('p', {}, a.summary)) : null;
    const keywords = a.keywords && a.keywords.length ? el('ul', { class: 'keywords', id: 'keywords', 'aria-label': 'الكلمات المفتاحية' },
      a.keywords.map(k => el('li', {}, el('a', { href: 'index.html?q=' + encodeURIComponent('"' + k.text + '"') }, k.text)))) : null;
    text.replaceChildren(...[el('h1', {}, a.title || 'بلا عنوان'), meta, keywords, summary, legend, body].filter(Boolean));
    if (!layers.has('entities')) text.appendChild(el('p', { class: 'note' }, 'طبقة الكيانات غير متاحة في هذا الفهرس.'));
    if (a.boilerplate && a.boilerplate.length) {
      text.appendChild(el('details', { class: 'boilerplate' },
        el('summary', {}, `نص محذوف من المقالة (${num(a.boilerplate.length)} سطر: تذييل، روابط، إعلانات)`),
        el('ul', {}, a.boilerplate.map(b => el('li', {}, b)))));
    }
    renderSide(a, layers);
  }

  /** The body split into paragraphs, with marks for entities, quotations and dates. */
  function marked(a) {
    const body = a.body || '';
    const spans = [];
    (a.entities || []).forEach(m => spans.push({ kind: 'ent', start: m.start, end: m.end, m }));
    (a.quotes || []).forEach((q, i) => spans.push({ kind: 'q', start: q.start, end: q.end, i }));
    (a.dates || []).forEach(d => spans.push({ kind: 'tx', start: d.start, end: d.end, d }));
    const cuts = new Set([0, body.length]);
    for (const s of spans) {
      if (s.start >= 0 && s.end <= body.length && s.start < s.end) { cuts.add(s.start); cuts.add(s.end); } else s.bad = true;
    }
    for (let i = 0; i < body.length; i++) if (body[i] === '\n') { cuts.add(i); cuts.add(i + 1); }
    const points = [...cuts].sort((x, y) => x - y);
    const paragraphs = [];
    let p = el('p', {});
    for (let k = 0; k + 1 < points.length; k++) {
      const from = points[k], to = points[k + 1];
      const piece = body.slice(from, to);
      if (piece === '\n') {
        if (p.childNodes.length) paragraphs.push(p);
        p = el('p', {});
        continue;
      }
      const cover = kind => spans.find(s => !s.bad && s.kind === kind && s.start <= from && to <= s.end);
      let node = document.createTextNode(piece);
      const ent = cover('ent');
      if (ent) {
        const m = ent.m;
        const e = m.entity || {};
        node = el('a', { class: 'ent ' + m.type, href: entityUrl(entityKey(m)), 'data-type': m.type,
          'data-name': e.name || m.text, 'data-en': e.nameEn || null }, node);
      }
      const tx = cover('tx');
      if (tx) node = el('span', { class: 'tx', title: tx.d.type + ' ' + tx.d.value }, node);
      const q = cover('q');
      if (q) node = el('span', { class: 'q', 'data-quote': q.i }, node);
      p.appendChild(node);
    }
    if (p.childNodes.length) paragraphs.push(p);
    return paragraphs;
  }

  function renderSide(a, layers) {
    const parts = [];
    parts.push(el('h2', {}, 'الاقتباسات'));
    if (!layers.has('quotes')) parts.push(el('p', { class: 'note' }, 'طبقة الاقتباسات غير متاحة في هذا الفهرس.'));
    else if (!a.quotes.length) parts.push(el('p', { class: 'note' }, 'لا اقتباسات.'));
    else {
      const ol = el('ol', { class: 'quotes', id: 'quotes' });
      a.quotes.forEach((q, i) => {
        const sp = q.speaker;
        const speaker = sp
          ? el('a', { class: 'speaker', href: entityUrl(sp.entity && sp.entity.id ? sp.entity.id : 'PER:' + sp.text.trim()) }, sp.entity ? sp.entity.name : sp.text)
          : el('span', { class: 'speaker' }, 'متحدث غير محدد');
        const li = el('li', { 'data-quote': i, tabindex: 0 },
          speaker, ' ', el('span', { class: 'verb' }, q.verb ? '(' + q.verb + ')' : ''), ' ',
          el('span', { class: 'kind' }, q.kind === 'direct' ? 'مباشر' : 'منقول'),
          el('blockquote', {}, ((t) => t.length > 220 ? t.slice(0, 220) + '…' : t)(Marsad.quoteText(q.text))));
        const focus = on => text.querySelectorAll(`span.q[data-quote="${i}"]`).forEach(s => s.classList.toggle('active', on));
        li.addEventListener('mouseenter', () => focus(true));
        li.addEventListener('mouseleave', () => focus(false));
        li.addEventListener('focus', () => { focus(true); const s = text.querySelector(`span.q[data-quote="${i}"]`); if (s) s.scrollIntoView({ block: 'nearest' }); });
        li.addEventListener('blur', () => focus(false));
        ol.appendChild(li);
      });
      parts.push(ol);
    }
    parts.push(el('h2', {}, 'التواريخ'));
    if (!layers.has('dates')) parts.push(el('p', { class: 'note' }, 'طبقة التواريخ غير متاحة في هذا الفهرس.'));
    else if (!a.dates.length) parts.push(el('p', { class: 'note' }, 'لا تواريخ.'));
    else parts.push(el('ul', { class: 'plain', id: 'dates' }, a.dates.map(d =>
      el('li', {}, d.text, ' ← ', el('span', { class: 'value' }, d.value + (d.mod ? ' ' + d.mod : '')), ' ', el('span', { class: 'kind', title: d.type }, Marsad.TIME_NAMES[d.type] || d.type)))));
    if (a.entities && a.entities.length) {
      const seen = new Map();
      for (const m of a.entities) {
        const k = entityKey(m);
        if (!seen.has(k)) seen.set(k, { name: m.entity ? m.entity.name : m.text, type: m.type, n: 0 });
        seen.get(k).n++;
      }
      parts.push(el('h2', {}, 'الكيانات'));
      parts.push(el('ul', { class: 'plain', id: 'entities' }, [...seen.entries()].sort((x, y) => y[1].n - x[1].n).slice(0, 15).map(([k, v]) =>
        el('li', {}, el('a', { href: entityUrl(k) }, v.name), ' ', el('span', { class: 'kind' }, TYPE_NAMES[v.type]), ' ',
          el('span', { class: 'count' }, '×' + num(v.n))))));
    }
    parts.push(el('h2', { id: 'copies-title' }, 'نسخ القصة'));
    parts.push(el('div', { id: 'copies' }, el('p', { class: 'note' }, 'جارٍ التحميل…')));
    side.replaceChildren(...parts);
  }

  function renderCopies(s) {
    const box = document.getElementById('copies');
    const others = s.articles.filter(h => h.id !== id);
    if (!others.length) { box.replaceChildren(el('p', { class: 'note' }, 'لا نسخ أخرى لهذه القصة.')); return; }
    box.replaceChildren(el('ul', { class: 'plain' }, others.map(h => el('li', {},
      el('a', { href: articleUrl(h.id) }, h.title || 'بلا عنوان'), ' ',
      el('span', { class: 'count' }, [h.source, date(h.published)].filter(Boolean).join(' · '))))));
    if (location.hash === '#copies') document.getElementById('copies-title').scrollIntoView();
  }

  load();
})();
