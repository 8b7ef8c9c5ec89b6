// Search page: query box, facets that add filters, a date histogram, collapsed story hits.
'use strict';
(() => {
  const { el, api, showError, date, bucketLabel, num, snippet, barChart, articleUrl, page } = Marsad;
  const PAGE = 10;
  const form = document.getElementById('search-form');
  const input = document.getElementById('q');
  const sort = document.getElementById('sort');
  const facetsBox = document.getElementById('facets');
  const results = document.getElementById('results');
  document.getElementById('header').replaceWith(Marsad.header());
  Marsad.slashToSearch(input);

  // With no query the page shows an overview: every dated article, newest first.
  const OVERVIEW = 'from:1000';

  function state() {
    const p = new URLSearchParams(location.search);
    return { q: p.get('q') || '', sort: p.get('sort') || 'relevance', offset: Math.max(0, parseInt(p.get('offset') || '0', 10) || 0) };
  }

  function go(q, sortBy, offset) {
    history.pushState(null, '', page('index.html', { q, sort: sortBy === 'relevance' ? null : sortBy, offset: offset || null }));
    run();
  }

  form.addEventListener('submit', e => { e.preventDefault(); go(input.value.trim(), sort.value, 0); });
  window.addEventListener('popstate', run);

  function quoteValue(v) {
    return '"' + v.replace(/"/g, ' ') + '"';
  }

  function addFilter(field, value) {
    const s = state();
    const filter = field + ':' + quoteValue(value);
    const q = s.q && !s.q.includes(filter) ? s.q + ' ' + filter : (s.q || filter);
    input.value = q;
    go(q, s.sort, 0);
  }

  function addPeriod(bucket) {
    const s = state();
    const q = (s.q ? s.q + ' ' : '') + 'from:' + bucket + ' to:' + bucket;
    input.value = q;
    go(q, s.sort, 0);
  }

  async function run() {
    const s = state();
    input.value = s.q;
    sort.value = s.sort;
    const q = s.q || OVERVIEW;
    const sortBy = s.q ? s.sort : 'date';
    results.replaceChildren(el('p', { class: 'status' }, 'جارٍ البحث…'));
    try {
      const r = await api('/api/search?' + new URLSearchParams({ q, sort: sortBy, offset: s.offset, limit: PAGE }));
      render(s, r);
    } catch (e) {
      facetsBox.replaceChildren();
      showError(results, e);
    }
  }

  function render(s, r) {
    document.title = (s.q ? s.q + ' — ' : '') + 'مَرصَد';
    renderFacets(r.facets || {});
    const parts = [];
    parts.push(el('p', { class: 'status', id: 'total' }, s.q ? `${num(r.total)} مقالة تطابق البحث` : `أحدث المقالات (${num(r.total)} مقالة مؤرّخة في الأرشيف)`));
    if (!s.q) {
      const tries = [];
      const f = r.facets || {};
      if (r.hits.length && r.hits[0].title) {
        const word = r.hits[0].title.split(/[^\p{L}]+/u).sort((x, y) => y.length - x.length)[0];
        if (word) tries.push(word);
      }
      if (f.place && f.place.length) tries.push('place:' + quoteValue(f.place[0].value));
      if (f.source && f.source.length) tries.push('source:' + quoteValue(f.source[0].value));
      if (r.histogram && r.histogram.length) {
        const m = r.histogram[r.histogram.length - 1].value;
        tries.push('from:' + m + ' to:' + m);
      }
      if (tries.length) {
        parts.push(el('div', { class: 'examples', id: 'examples' }, el('span', { class: 'note' }, 'جرّب:'),
          tries.map(t => el('button', { type: 'button', class: 'chip', dir: t.includes(':') ? 'ltr' : 'rtl', onclick: () => { input.value = t; go(t, 'relevance', 0); } },
            // Arabic values isolated inside the left-to-right filter syntax, so the quotes stay in place
            t.split(/("[^"]*")/).map(part => part.startsWith('"') ? ['"', el('bdi', {}, part.slice(1, -1)), '"'] : part).flat()))));
      }
    }
    if (r.histogram && r.histogram.length) {
      const data = Marsad.fillBuckets(r.histogram).map(b => ({ key: b.value, label: bucketLabel(b.value), value: b.count }));
      parts.push(barChart(data, { caption: 'عدد المقالات في كل شهر — اضغط عمودًا لحصر البحث فيه', onSelect: addPeriod, unit: 'مقالة',
        width: results.clientWidth - 28 }));
    }
    if (!r.hits.length) parts.push(el('p', { class: 'note' }, 'لا نتائج. جرّب كلمات أقل أو أزل أحد المرشحات.'));
    const list = el('ol', { class: 'results', start: s.offset + 1 });
    for (const h of r.hits) list.appendChild(hit(h));
    parts.push(list);
    const pager = el('nav', { class: 'pager', 'aria-label': 'الصفحات' });
    if (s.offset > 0) pager.appendChild(el('button', { type: 'button', onclick: () => go(s.q, s.sort, Math.max(0, s.offset - PAGE)) }, '→ السابق'));
    if (s.offset + r.hits.length < r.total && r.hits.length === PAGE) {
      pager.appendChild(el('button', { type: 'button', onclick: () => go(s.q, s.sort, s.offset + PAGE) }, 'التالي ←'));
    }
    parts.push(pager);
    results.replaceChildren(...parts);
  }

  function hit(h) {
    const meta = el('div', { class: 'meta' },
      h.source ? el('span', { class: 'source' }, h.source) : null,
      h.published ? el('time', { datetime: h.published }, date(h.published)) : null);
    const li = el('li', { class: 'hit' },
      el('h3', {}, el('a', { href: articleUrl(h.id), class: 'title' }, h.title || 'بلا عنوان')),
      meta,
      el('p', { class: 'snippet' }, snippet(h.snippet)));
    if (h.copies > 1) {
      li.appendChild(el('div', { class: 'copies' },
        el('a', { href: articleUrl(h.id) + '#copies' }, `${num(h.copies)} نسخ من القصة`),
        h.copySources.length ? ' — من: ' + h.copySources.join('، ') : ''));
    }
    return li;
  }

  function renderFacets(facets) {
    const parts = [el('h2', { class: 'skip' }, 'التصفية')];
    let any = false;
    for (const [dim, title] of Object.entries(Marsad.FACET_NAMES)) {
      const values = facets[dim] || [];
      if (!values.length) continue;
      any = true;
      parts.push(el('h2', {}, title));
      const ul = el('ul', { class: 'facet', 'data-dim': dim });
      for (const v of values) {
        ul.appendChild(el('li', {}, el('button', { type: 'button', class: 'facet-value', title: 'أضف ' + dim + ':' + v.value + ' إلى البحث',
          onclick: () => addFilter(dim, v.value) }, el('span', {}, dim === 'topic' ? Marsad.topicName(v.value) : v.value), el('span', { class: 'count' }, num(v.count)))));
      }
      parts.push(ul);
    }
    if (!any) parts.push(el('p', { class: 'note' }, 'لا مرشحات لهذه النتائج.'));
    facetsBox.replaceChildren(...parts);
  }

  run();
})();
