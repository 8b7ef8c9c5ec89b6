// Entity page: mentions over time, co-mentioned entities, "what did X say", latest articles.
'use strict';
(() => {
  const { el, api, showError, date, bucketLabel, num, barChart, entityUrl, articleUrl, searchUrl, TYPE_NAMES } = Marsad;
  const main = document.getElementById('profile');
  document.getElementById('header').replaceWith(Marsad.header());
  const id = new URLSearchParams(location.search).get('id');

  async function load() {
    if (!id) { showError(main, new Error('لم يُحدَّد كيان')); return; }
    try {
      render(await api('/api/entities/' + encodeURIComponent(id)));
    } catch (e) {
      showError(main, e);
    }
  }

  function render(p) {
    document.title = p.name + ' — مَرصَد';
    const field = { PER: 'person', LOC: 'place', ORG: 'org', MISC: 'misc' }[p.type] || 'person';
    const parts = [
      el('h1', { class: 'entity' }, p.name, ' ', p.type ? el('span', { class: 'badge' }, TYPE_NAMES[p.type] || p.type) : null),
      p.nameEn ? el('p', { class: 'en', lang: 'en' }, p.nameEn) : null,
      el('p', { class: 'status' }, `ذُكر ${num(p.mentions)} مرة في ${num(p.articles)} مقالة`,
        p.candidates > p.examined ? ` (من أحدث ${num(p.examined)} مقالة مرشّحة)` : '', ' — ',
        el('a', { href: searchUrl(field + ':"' + p.name.replace(/"/g, ' ') + '"') }, 'ابحث عن مقالاته')),
    ];
    const series = p.perMonth.length >= 3 || p.perDay.length < 2 ? p.perMonth : p.perDay;
    if (series.length) {
      const filled = Marsad.fillBuckets(series.map(b => ({ value: b.date, count: b.mentions })));
      parts.push(barChart(filled.map(b => ({ key: b.value, label: bucketLabel(b.value), value: b.count })),
        { caption: series === p.perMonth ? 'عدد المرات التي ذُكر فيها في كل شهر' : 'عدد المرات التي ذُكر فيها في كل يوم', unit: 'ذكر',
          width: main.clientWidth - 60 }));
    } else {
      parts.push(el('p', { class: 'note' }, 'لا تواريخ نشر للمقالات التي تذكره.'));
    }
    const said = el('section', { class: 'card', id: 'said' }, el('h2', {}, `ماذا قال ${p.name}؟`));
    if (!p.quotes.length) said.appendChild(el('p', { class: 'note' }, 'لا اقتباسات منسوبة إليه في الأرشيف.'));
    else said.appendChild(el('ol', { class: 'quotes' }, p.quotes.map(q => el('li', {},
      el('blockquote', {}, Marsad.quoteText(q.text)), el('div', { class: 'meta' },
        q.verb ? el('span', { class: 'verb' }, q.verb) : null,
        el('a', { href: articleUrl(q.article) }, q.title || 'المقالة'),
        q.published ? el('span', {}, date(q.published)) : null)))));
    const co = el('section', { class: 'card', id: 'co' }, el('h2', {}, 'يُذكر معه'));
    if (!p.coMentioned.length) co.appendChild(el('p', { class: 'note' }, 'لا كيانات أخرى.'));
    else co.appendChild(el('ul', { class: 'plain' }, p.coMentioned.map(c => el('li', {},
      el('a', { href: entityUrl(c.id) }, c.name), ' ', el('span', { class: 'kind' }, TYPE_NAMES[c.type] || ''), ' ',
      el('span', { class: 'count' }, `${num(c.articles)} مقالة`)))));
    const latest = el('section', { class: 'card', id: 'latest' }, el('h2', {}, 'أحدث المقالات'),
      el('ul', { class: 'plain' }, p.latest.map(a => el('li', {}, el('a', { href: articleUrl(a.id) }, a.title || 'بلا عنوان'), ' ',
        el('span', { class: 'count' }, [a.source, date(a.published)].filter(Boolean).join(' · '))))));
    parts.push(el('div', { class: 'grid2' }, said, co, latest));
    main.replaceChildren(...parts.filter(Boolean));
  }

  load();
})();
