// Marsad UI helpers. Every piece of article data reaches the page as text: through el(), text
// nodes or textContent, never parsed as markup, so a title or body that contains markup or
// script shows as the characters it is.
'use strict';

const Marsad = (() => {
  const TYPE_NAMES = { PER: 'شخص', LOC: 'مكان', ORG: 'منظمة', MISC: 'أخرى' };
  const TOPIC_NAMES = { culture: 'ثقافة', economy: 'اقتصاد', internationalNews: 'أخبار دولية', middleEast: 'الشرق الأوسط',
    sport: 'رياضة', technology: 'تقنية' };
  /** The Arabic name of a topic label (the label itself when it is not one of the known six). */
  const topicName = label => TOPIC_NAMES[label] || label;
  const TIME_NAMES = { DATE: 'تاريخ', TIME: 'وقت', DURATION: 'مدة', SET: 'تكرار' };
  /** A quotation as shown in a panel: the marks around it dropped (the blockquote shows it is a quote). */
  const quoteText = t => t.replace(/^\s*["“”«»]\s*/, '').replace(/\s*["“”«»]\s*$/, '');
  const FACET_NAMES = { person: 'الأشخاص', place: 'الأماكن', org: 'المنظمات', source: 'المصادر', topic: 'الموضوعات' };
  const dateFmt = new Intl.DateTimeFormat('ar-u-nu-latn', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
  const monthFmt = new Intl.DateTimeFormat('ar-u-nu-latn', { year: 'numeric', month: 'short', timeZone: 'UTC' });
  const numFmt = new Intl.NumberFormat('ar-u-nu-latn');

  /** Creates an element; attrs are set with setAttribute, children strings become text nodes. */
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else if (k === 'href') e.setAttribute('href', safeHref(v));
      else e.setAttribute(k, v === true ? '' : String(v));
    }
    append(e, children);
    return e;
  }

  function append(parent, children) {
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === false) continue;
      parent.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return parent;
  }

  /** Only our own relative pages may be link targets; anything else (javascript:, data:) is dropped. */
  function safeHref(h) {
    const s = String(h);
    return /^(?:[a-z]+\.(?:html|json)(?:[?#].*)?|\?.*|#.*|\/.*)$/.test(s) && !s.startsWith('//') ? s : '#';
  }

  function page(name, params) {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params || {})) if (v !== undefined && v !== null && v !== '') q.set(k, v);
    const s = q.toString();
    return name + (s ? '?' + s : '');
  }

  const articleUrl = id => page('article.html', { id });
  const entityUrl = id => page('entity.html', { id });
  const searchUrl = q => page('index.html', { q });

  async function api(path) {
    const r = await fetch(path, { headers: { Accept: 'application/json' } });
    let body = null;
    try { body = await r.json(); } catch (e) { body = null; }
    if (!r.ok) {
      const err = new Error(body && body.detail ? body.detail : 'HTTP ' + r.status);
      err.status = r.status;
      throw err;
    }
    return body;
  }

  function showError(container, e) {
    container.replaceChildren(el('p', { class: 'error', role: 'alert' }, 'تعذّر التحميل: ', e.message));
  }

  function date(iso) {
    if (!iso) return '';
    const d = new Date(iso.length === 10 ? iso + 'T00:00:00Z' : iso);
    return isNaN(d) ? iso : dateFmt.format(d);
  }

  function bucketLabel(v) {
    if (/^\d{4}-\d{2}$/.test(v)) return monthFmt.format(new Date(v + '-01T00:00:00Z'));
    if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return date(v);
    return v;
  }

  const num = n => numFmt.format(n);

  /**
   * Buckets [{value: 'YYYY-MM' or 'YYYY-MM-DD', count}] with the empty months or days in between
   * added as zeros, so the chart's time axis is even; left as they are past 120 buckets.
   */
  function fillBuckets(buckets) {
    if (buckets.length < 2) return buckets;
    const monthly = buckets.every(b => /^\d{4}-\d{2}$/.test(b.value));
    const daily = buckets.every(b => /^\d{4}-\d{2}-\d{2}$/.test(b.value));
    if (!monthly && !daily) return buckets;
    const have = new Map(buckets.map(b => [b.value, b.count]));
    const d = new Date(buckets[0].value + (monthly ? '-01' : '') + 'T00:00:00Z');
    const end = buckets[buckets.length - 1].value;
    const out = [];
    for (let i = 0; i < 121; i++) {
      const key = d.toISOString().slice(0, monthly ? 7 : 10);
      out.push({ value: key, count: have.get(key) || 0 });
      if (key >= end) return out;
      if (monthly) d.setUTCMonth(d.getUTCMonth() + 1); else d.setUTCDate(d.getUTCDate() + 1);
    }
    return buckets;
  }

  /** The entity id the API uses: the linked id, else TYPE:name (as the server's EntityKey). */
  function entityKey(m) {
    return m.entity && m.entity.id ? m.entity.id : m.type + ':' + m.text.trim();
  }

  /**
   * A snippet from the search API: plain article text where matches sit between <b> and </b>.
   * Split on those markers and build text nodes and <mark> elements; nothing is parsed as HTML.
   */
  function snippet(s) {
    const out = [];
    const parts = String(s || '').split(/(<b>|<\/b>)/);
    let inMatch = false;
    for (const p of parts) {
      if (p === '<b>') { inMatch = true; continue; }
      if (p === '</b>') { inMatch = false; continue; }
      if (p) out.push(inMatch ? el('mark', {}, p) : document.createTextNode(p));
    }
    return out;
  }

  /**
   * A bar chart in SVG: data [{label, value, key}], oldest on the right (the reading direction).
   * Bars are focusable; Enter or a click calls onSelect(key).
   */
  function barChart(data, { caption, onSelect, unit, width }) {
    const NS = 'http://www.w3.org/2000/svg';
    // Drawn at the width it will be shown at, so labels keep their size on any screen.
    const W = Math.round(Math.max(280, Math.min(1200, width || 640))), H = 160, top = 14, bottom = 30, side = 30;
    const svg = document.createElementNS(NS, 'svg');
    svg.setAttribute('viewBox', `0 0 ${W} ${H}`);
    svg.setAttribute('direction', 'ltr');    // coordinates and anchors below are left-to-right
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', caption);
    const max = Math.max(1, ...data.map(d => d.value));
    const n = Math.max(1, data.length);
    const slot = (W - 2 * side) / n;
    const bw = Math.max(2, Math.min(40, slot * 0.75));
    const mk = (name, attrs) => {
      const e = document.createElementNS(NS, name);
      for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
      return e;
    };
    svg.appendChild(mk('line', { class: 'grid', x1: side, x2: W - side, y1: H - bottom, y2: H - bottom }));
    const maxLabel = mk('text', { class: 'axis', x: W - 2, y: top - 2, 'text-anchor': 'end' });
    maxLabel.textContent = num(max);
    svg.appendChild(maxLabel);
    data.forEach((d, i) => {
      const h = Math.max(1, (H - top - bottom) * d.value / max);
      const x = W - side - (i + 1) * slot + (slot - bw) / 2;
      const bar = mk('rect', { class: 'bar', x, y: H - bottom - h, width: bw, height: h, tabindex: 0, role: 'button' });
      bar.setAttribute('aria-label', `${d.label}: ${num(d.value)} ${unit || ''}`);
      const t = document.createElementNS(NS, 'title');
      t.textContent = `${d.label}: ${num(d.value)} ${unit || ''}`;
      bar.appendChild(t);
      if (onSelect) {
        bar.addEventListener('click', () => onSelect(d.key));
        bar.addEventListener('keydown', ev => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); onSelect(d.key); } });
      }
      svg.appendChild(bar);
    });
    const every = Math.ceil(n / Math.max(2, Math.floor(W / 90)));
    data.forEach((d, i) => {
      if (i % every !== 0 && i !== n - 1) return;
      const x = W - side - (i + 0.5) * slot;
      const lab = mk('text', { class: 'axis', x, y: H - bottom + 16, 'text-anchor': 'middle' });
      lab.textContent = d.label;
      svg.appendChild(lab);
    });
    return el('figure', { class: 'chart' }, svg, el('figcaption', {}, caption));
  }

  /** One floating tooltip for entity marks, shown on hover and on keyboard focus. */
  function tooltips(root) {
    const tip = el('div', { id: 'tip', role: 'tooltip', hidden: true });
    document.body.appendChild(tip);
    const show = a => {
      tip.replaceChildren(el('strong', {}, a.dataset.name || a.textContent), ' — ', TYPE_NAMES[a.dataset.type] || '',
        a.dataset.en ? el('div', { class: 'en' }, a.dataset.en) : null,
        el('div', { class: 'note' }, 'اضغط لفتح صفحة الكيان'));
      tip.hidden = false;
      const r = a.getBoundingClientRect();
      tip.style.top = (window.scrollY + r.bottom + 6) + 'px';
      // Right-aligned with the mark (the reading direction), kept inside the window.
      const left = window.scrollX + r.right - tip.offsetWidth;
      tip.style.left = Math.max(window.scrollX + 4, Math.min(left, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 4)) + 'px';
      a.setAttribute('aria-describedby', 'tip');
    };
    const hide = () => { tip.hidden = true; };
    root.addEventListener('mouseover', e => { const a = e.target.closest('a.ent'); if (a) show(a); });
    root.addEventListener('mouseout', e => { if (e.target.closest('a.ent')) hide(); });
    root.addEventListener('focusin', e => { const a = e.target.closest('a.ent'); if (a) show(a); });
    root.addEventListener('focusout', hide);
    document.addEventListener('keydown', e => { if (e.key === 'Escape') hide(); });
  }

  function header() {
    return el('header', { class: 'top' },
      el('a', { href: 'index.html', class: 'brand' }, 'مَرصَد'),
      el('span', { class: 'tagline' }, 'محرّك لتحليل الأخبار العربية'),
      el('a', { href: 'openapi.json' }, 'واجهة البرمجة'));
  }

  /** '/' focuses the search box from anywhere (as on most search sites). */
  function slashToSearch(input) {
    document.addEventListener('keydown', e => {
      if (e.key === '/' && document.activeElement !== input && !/^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement.tagName)) {
        e.preventDefault();
        input.focus();
        input.select();
      }
    });
  }

  return { el, append, page, articleUrl, entityUrl, searchUrl, api, showError, date, bucketLabel, num, entityKey,
           snippet, barChart, fillBuckets, tooltips, header, slashToSearch, TYPE_NAMES, FACET_NAMES, TIME_NAMES, topicName, quoteText };
})();
