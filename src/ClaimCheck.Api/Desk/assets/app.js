// The review desk: renders each desk page from the JSON API with the session cookie. It holds no business rule:
// what a user may do comes from the server (permissions in the page, allowed actions in each case), and every
// action is the API's own request, so the server's answer, refusal text included, is what the user sees.

const desk = JSON.parse(document.getElementById('desk-context').textContent);
const csrfToken = document.querySelector('meta[name="csrf-token"]').content;
const main = document.getElementById('main');
const can = permission => desk.permissions.includes(permission);

/** Builds an element; strings become text nodes (never HTML), so stored text cannot inject markup. */
function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === false || value === null || value === undefined) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else if (name === 'class') element.className = value;
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

class ApiProblem extends Error {
  constructor(status, body) {
    super(body?.title ?? `HTTP ${status}`);
    this.status = status;
    this.body = typeof body === 'object' && body !== null ? body : { title: `HTTP ${status}`, detail: String(body ?? '') };
  }
}

async function api(path, { method = 'GET', body, ifMatch } = {}) {
  const headers = { Accept: 'application/json, application/problem+json' };
  if (method !== 'GET') {
    headers['X-CSRF-TOKEN'] = csrfToken;
    headers['Content-Type'] = 'application/json';
  }
  if (ifMatch !== undefined) headers['If-Match'] = `"${ifMatch}"`;
  const response = await fetch(path, {
    method, headers, credentials: 'same-origin', body: method === 'GET' ? undefined : JSON.stringify(body ?? {}),
  });
  if (response.status === 401) {
    location.assign(`/sign-in?returnUrl=${encodeURIComponent(location.pathname + location.search)}`);
    throw new ApiProblem(401, { title: 'Signed out', detail: 'Your session has ended; sign in again.' });
  }
  const type = response.headers.get('content-type') ?? '';
  const data = type.includes('json') ? await response.json() : await response.text();
  if (!response.ok) throw new ApiProblem(response.status, data);
  return { data, etag: response.headers.get('ETag'), headers: response.headers };
}

/** GET that answers null for a 404 (a case opened by hand has no flag, for instance). */
async function optional(path) {
  try {
    return (await api(path)).data;
  } catch (e) {
    if (e instanceof ApiProblem && e.status === 404) return null;
    throw e;
  }
}

/** The server's problem, in words: title, detail, each invalid field; a stale case version says so plainly. */
function problemView(error) {
  if (!(error instanceof ApiProblem)) return h('div', { class: 'problem', role: 'alert' }, h('p', {}, `Something went wrong: ${error.message}`));
  const { title, detail, errors } = error.body;
  const stale = error.status === 412;
  return h('div', { class: 'problem', role: 'alert', 'data-status': error.status },
    h('p', { class: 'problem-title' }, stale ? 'Someone changed this case; reload.' : `${title ?? 'Refused'} (${error.status})`),
    detail ? h('p', {}, detail) : null,
    errors ? h('ul', {}, Object.entries(errors).map(([field, messages]) => h('li', {}, `${field}: ${messages.join(' ')}`))) : null,
    stale ? h('button', { type: 'button', onclick: () => location.reload() }, 'Reload the case') : null);
}

function setPage(title, ...content) {
  document.title = `${title} · ClaimCheck`;
  main.replaceChildren(...content.flat(Infinity).filter(c => c !== null && c !== undefined && c !== false));
  // When the page was shown, in ms since the navigation started: what the desk-pages benchmark reports.
  performance.mark('desk-rendered');
}

function fail(title, error) {
  setPage(title, h('h1', {}, title), problemView(error));
}

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
const when = iso => (iso ? h('time', { datetime: iso }, `${dateFormat.format(new Date(iso))} UTC`) : '');

function age(iso) {
  const seconds = Math.max(0, (Date.now() - new Date(iso).getTime()) / 1000);
  const text = seconds < 60 ? 'just now'
    : seconds < 3600 ? `${Math.floor(seconds / 60)} min`
    : seconds < 86400 ? `${Math.floor(seconds / 3600)} h`
    : seconds < 86400 * 60 ? `${Math.floor(seconds / 86400)} d`
    : `${Math.floor(seconds / (86400 * 30))} mo`;
  return h('time', { datetime: iso, title: `${dateFormat.format(new Date(iso))} UTC` }, text);
}

const score = value => (value === null || value === undefined ? '–' : value.toFixed(2));
const percent = value => `${Math.round(value * 100)} %`;
const speakerLink = id => (id ? h('a', { href: `/speakers/${encodeURIComponent(id)}` }, id) : 'unknown');
const shortId = id => id.slice(0, 8);

// ---------------------------------------------------------------- review queue

const queueFilters = ['state', 'assignee', 'speaker', 'article', 'label', 'minScore', 'pageSize'];

async function queuePage() {
  const params = new URLSearchParams(location.search);
  const query = new URLSearchParams();
  for (const name of [...queueFilters, 'page', 'cursor']) if (params.get(name)) query.set(name, params.get(name));
  // The counts ignore the state (they are per state), the page and the cursor.
  const countQuery = new URLSearchParams(query);
  for (const name of ['state', 'page', 'cursor', 'pageSize']) countQuery.delete(name);
  const form = queueForm(params);
  let page, counts;
  try {
    [page, counts] = await Promise.all([api(`/api/review-queue?${query}`), api(`/api/review-queue/counts?${countQuery}`)])
      .then(answers => answers.map(a => a.data));
  } catch (e) {
    setPage('Review queue', h('h1', {}, 'Review queue'), form, problemView(e));
    return;
  }
  const pages = Math.max(1, Math.ceil(page.totalCount / page.pageSize));
  // Next pages follow the API's keyset cursor (same cost at any depth); going back uses the page number.
  const at = (change) => { const next = new URLSearchParams(query); next.delete('page'); next.delete('cursor'); change(next); return `/queue?${next}`; };
  const rows = page.items.map(item => h('tr', {},
    h('td', {}, h('a', { href: `/cases/${item.id}`, 'aria-label': `Case ${shortId(item.id)}, ${item.label ?? 'opened by hand'}, score ${score(item.score)}` }, shortId(item.id))),
    h('td', { class: 'num' }, score(item.score)),
    h('td', {}, item.label ?? 'by hand'),
    h('td', {}, h('span', { class: `state state-${item.state}` }, item.state)),
    h('td', {}, item.assignee ?? '–'),
    h('td', {}, item.speakerIds.map((id, i) => [i ? ', ' : '', speakerLink(id)])),
    h('td', {}, item.proposedVerdict ?? '–'),
    h('td', {}, age(item.openedAt))));
  setPage('Review queue',
    h('h1', {}, 'Review queue'),
    form,
    stateCounts(counts, query),
    h('p', { class: 'summary', role: 'status' },
      `${page.totalCount.toLocaleString('en')} ${page.totalCount === 1 ? 'case' : 'cases'} · page ${page.pageNumber} of ${pages.toLocaleString('en')} · highest score first, then oldest`),
    page.items.length === 0
      ? h('p', {}, 'No case matches these filters.')
      : h('table', { class: 'queue' },
        h('caption', { class: 'visually-hidden' }, 'Cases to review'),
        h('thead', {}, h('tr', {}, ['Case', 'Score', 'Label', 'State', 'Assignee', 'Speakers', 'Proposed', 'Age'].map(c => h('th', { scope: 'col' }, c)))),
        h('tbody', {}, rows)),
    h('nav', { class: 'pager', 'aria-label': 'Queue pages' },
      page.pageNumber > 2 ? h('a', { href: at(() => {}) }, '⇤ First page') : null,
      page.pageNumber > 1 ? h('a', { href: at(next => next.set('page', page.pageNumber - 1)), rel: 'prev' }, '← Previous page') : null,
      page.nextCursor ? h('a', { href: at(next => next.set('cursor', page.nextCursor)), rel: 'next' }, 'Next page →') : null));
}

/** The cases the other filters match in each state, each a link to the queue narrowed to that state. */
function stateCounts(counts, query) {
  const current = query.get('state') ?? '';
  const link = (state, label, cases) => {
    const next = new URLSearchParams(query);
    for (const name of ['state', 'page', 'cursor']) next.delete(name);
    if (state) next.set('state', state);
    const text = `${label} ${cases.toLocaleString('en')}`;
    return h('li', {}, state === current
      ? h('a', { href: `/queue?${next}`, 'aria-current': 'page' }, text)
      : h('a', { href: `/queue?${next}` }, text));
  };
  return h('nav', { class: 'state-counts', 'aria-label': 'Cases per state' },
    h('ul', {}, link('', 'all', counts.total), Object.entries(counts.states).map(([state, cases]) => link(state, state, cases))));
}

function queueForm(params) {
  const field = (name, label, control) => h('div', { class: 'field' }, h('label', { for: `f-${name}` }, label), control);
  const text = (name, attributes = {}) => h('input', { id: `f-${name}`, name, value: params.get(name) ?? '', ...attributes });
  const select = (name, options) => h('select', { id: `f-${name}`, name },
    options.map(([value, label]) => h('option', { value, selected: (params.get(name) ?? '') === value }, label)));
  return h('form', { class: 'filters', method: 'get', action: '/queue', role: 'search', 'aria-label': 'Filter the queue' },
    field('state', 'State', select('state', [['', 'any'], ...desk.states.map(s => [s, s])])),
    field('assignee', 'Assignee', text('assignee', { placeholder: desk.user, list: 'assignee-me' })),
    h('datalist', { id: 'assignee-me' }, h('option', { value: desk.user })),
    field('speaker', 'Speaker id', text('speaker', { placeholder: 'vladimir-putin' })),
    field('article', 'Article id', text('article', { placeholder: 'GUID' })),
    field('label', 'Label', select('label', [['', 'any'], ['contradiction', 'contradiction'], ['superseded', 'superseded']])),
    field('minScore', 'Minimum score', text('minScore', { type: 'number', min: 0, max: 1, step: 0.01, inputmode: 'decimal' })),
    field('pageSize', 'Per page', select('pageSize', [['', '50'], ['20', '20'], ['100', '100'], ['500', '500']])),
    h('div', { class: 'field buttons' }, h('button', { type: 'submit' }, 'Apply filters'), h('a', { href: '/queue' }, 'Clear')));
}

// ---------------------------------------------------------------- a case

/** Text with marks over [start, end) spans; overlapping spans nest by splitting the text at every boundary. */
function highlighted(text, spans) {
  const cuts = new Set([0, text.length]);
  for (const s of spans) { cuts.add(Math.max(0, Math.min(text.length, s.start))); cuts.add(Math.max(0, Math.min(text.length, s.end))); }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const covering = spans.filter(s => s.start <= from && s.end >= to && s.end > s.start);
    const piece = text.slice(from, to);
    if (covering.length === 0) { out.push(piece); continue; }
    const classes = [...new Set(covering.map(s => s.class))].join(' ');
    const titles = [...new Set(covering.map(s => s.title).filter(Boolean))].join('; ');
    out.push(h('mark', { class: classes, title: titles || null, 'data-quote': covering.map(s => s.id).filter(Boolean).join(' ') || null }, piece));
  }
  return out;
}

/** The paragraph (line) of the text that holds [start, end), with offsets moved to it. */
function paragraphAround(text, start, end) {
  const from = text.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
  const next = text.indexOf('\n', end);
  const to = next < 0 ? text.length : next;
  return { text: text.slice(from, to), offset: from };
}

function claimCard(heading, quote, article) {
  if (!quote) return h('section', { class: 'claim' }, h('h2', {}, heading), h('p', {}, 'This claim is no longer among its article’s current quotes (it was re-extracted).'));
  const source = quote.kind === 'Headline' ? article?.title ?? quote.sentence : article?.body ?? quote.sentence;
  const spans = [
    { start: quote.sentenceStart, end: quote.sentenceEnd, class: 'sentence' },
    { start: quote.start, end: quote.end, class: 'quote', title: `quote by ${quote.speaker ?? 'unknown speaker'}`, id: quote.quoteId },
  ];
  let context;
  if (article) {
    const paragraph = quote.kind === 'Headline' ? { text: source, offset: 0 } : paragraphAround(source, quote.sentenceStart, quote.sentenceEnd);
    context = highlighted(paragraph.text, spans.map(s => ({ ...s, start: s.start - paragraph.offset, end: s.end - paragraph.offset })));
  } else {
    context = highlighted(quote.sentence, spans.map(s => ({ ...s, start: s.start - quote.sentenceStart, end: s.end - quote.sentenceStart })));
  }
  return h('section', { class: 'claim', 'aria-labelledby': `h-${quote.quoteId}` },
    h('h2', { id: `h-${quote.quoteId}` }, heading),
    h('p', { class: 'article-line' },
      h('a', { href: `/articles/${quote.articleId}` }, quote.articleTitle), ' · ', quote.articleSource,
      quote.publishedAt ? [' · ', when(quote.publishedAt)] : null),
    h('blockquote', { class: 'context', cite: quote.articleUrl ?? null, 'aria-label': quote.kind === 'Headline' ? 'Headline' : 'Paragraph of the article' }, context),
    h('dl', { class: 'facts' },
      h('dt', {}, 'Speaker'), h('dd', {}, quote.speaker ? [quote.speaker, ' (', speakerLink(quote.speakerId), ')'] : speakerLink(quote.speakerId)),
      h('dt', {}, 'Cue'), h('dd', {}, quote.cue ?? '–'),
      h('dt', {}, 'Kind'), h('dd', {}, quote.kind.toLowerCase()),
      h('dt', {}, 'Confidence'), h('dd', {}, percent(quote.confidence)),
      h('dt', {}, 'Quote'), h('dd', {}, h('q', {}, quote.text))));
}

function judgementView(judgement) {
  if (!judgement) return h('section', { class: 'why' }, h('h2', {}, 'Why it is here'), h('p', {}, 'Opened by hand: the judge did not flag it.'));
  return h('section', { class: 'why', 'aria-labelledby': 'h-why' },
    h('h2', { id: 'h-why' }, 'Why it was flagged'),
    h('p', {}, `Label ${judgement.label}, score ${score(judgement.score)} (judged `, when(judgement.judgedAt), ').'),
    h('ul', { class: 'reasons' }, judgement.reasons.map(r => h('li', {}, h('code', {}, r.ruleId), ' ', r.reason))),
    h('div', { class: 'tables' },
      h('table', {}, h('caption', {}, 'Model probabilities'),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Class'), h('th', { scope: 'col' }, 'Probability'))),
        h('tbody', {}, Object.entries(judgement.probabilities).map(([k, v]) => h('tr', {}, h('th', { scope: 'row' }, k), h('td', { class: 'num' }, v.toFixed(3)))))),
      h('table', {}, h('caption', {}, 'Top feature contributions'),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Feature'), h('th', { scope: 'col' }, 'Value'), h('th', { scope: 'col' }, 'Push'))),
        h('tbody', {}, judgement.topContributions.map(c => h('tr', {},
          h('th', { scope: 'row' }, h('code', {}, c.feature)), h('td', { class: 'num' }, c.value.toFixed(2)),
          h('td', { class: `num ${c.contribution >= 0 ? 'up' : 'down'}` }, `${c.contribution >= 0 ? '+' : '−'}${Math.abs(c.contribution).toFixed(2)}`)))))),
    h('p', { class: 'hint' }, `Model ${judgement.modelVersion.slice(0, 12)}, rules ${judgement.rulesVersion}.`,
      judgement.explainedByRecordedModel ? '' : ` The contributions come from the loaded model ${judgement.loadedModelVersion.slice(0, 12)}, not the one that judged.`));
}

function reviewView(view) {
  const rows = [
    ['State', h('span', { class: `state state-${view.state}` }, view.state)],
    ['Version', String(view.version)],
    ['Opened', [when(view.openedAt), ' (', age(view.openedAt), ' ago)']],
    ['Assignee', view.assignee ?? 'nobody'],
  ];
  if (view.note) rows.push(['Note', view.note]);
  if (view.proposal) rows.push(['Proposed verdict', [h('strong', {}, view.proposal.verdict), ` by ${view.proposal.proposedBy}, `, when(view.proposal.proposedAt)]],
    ['Rationale', view.proposal.rationale || '–'],
    ['Evidence', view.proposal.evidenceLinks.length ? h('ul', {}, view.proposal.evidenceLinks.map(l => h('li', {}, /^https?:\/\//i.test(l) ? h('a', { href: l, rel: 'noreferrer noopener' }, l) : l))) : '–']);
  if (view.approvedBy) rows.push(['Approved by', view.approvedBy]);
  if (view.lastSendBackReason) rows.push(['Sent back because', view.lastSendBackReason]);
  if (view.lastReopenReason) rows.push(['Reopened because', view.lastReopenReason]);
  if (view.published) rows.push(['Published', [h('strong', {}, view.published.verdict), ` by ${view.published.publishedBy}, `, when(view.published.publishedAt)]],
    ['ClaimReview', h('a', { href: `/api/cases/${view.id}/claim-review`, type: 'application/ld+json', class: 'claim-review' }, 'ClaimReview JSON-LD')]);
  return h('dl', { class: 'facts review' }, rows.map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]));
}

function actionForms(view, onDone, readOnly) {
  if (readOnly) return h('p', {}, 'A past version: no action can be taken on it.');
  const mine = desk.actions.filter(a => view.allowedActions.includes(a.action) && can(a.permission));
  if (mine.length === 0) {
    return h('p', {}, `Your roles (${desk.roles.join(', ')}) have no action on a case that is ${view.state}.`);
  }
  const forms = [];
  const form = (action, label, fields, toBody) => h('form', {
    class: `action action-${action.path}`, 'aria-label': label,
    onsubmit: async event => {
      event.preventDefault();
      const element = event.currentTarget;
      const button = element.querySelector('button[type=submit]');
      button.disabled = true;
      try {
        const result = await api(`/api/cases/${view.id}/${action.path}`, { method: 'POST', ifMatch: view.version, body: toBody(new FormData(element)) });
        onDone(result.data, `${label}: done. The case is now ${result.data.state} (version ${result.data.version}).`);
      } catch (e) {
        const slot = element.querySelector('.outcome');
        slot.replaceChildren(problemView(e));
        button.disabled = false;
        slot.querySelector('[role=alert]')?.focus?.();
      }
    },
  }, fields, h('button', { type: 'submit' }, label), h('div', { class: 'outcome', tabindex: -1 }));
  const textarea = (name, label, required, hint) => h('div', { class: 'field' },
    h('label', { for: `a-${name}` }, label), h('textarea', { id: `a-${name}`, name, rows: 3, required }), hint ? h('p', { class: 'hint' }, hint) : null);
  for (const action of mine) {
    switch (action.path) {
      case 'take': forms.push(form(action, 'Take this case', [], () => ({}))); break;
      case 'approve': forms.push(form(action, 'Approve the verdict', [], () => ({}))); break;
      case 'propose': forms.push(form(action, 'Propose the verdict', [
        h('div', { class: 'field' }, h('label', { for: 'a-verdict' }, 'Verdict'),
          h('select', { id: 'a-verdict', name: 'verdict', required: true }, h('option', { value: '' }, 'choose…'),
            desk.verdicts.map(v => h('option', { value: v.code }, v.name)))),
        textarea('rationale', 'Rationale', true),
        textarea('evidenceLinks', 'Evidence links', false, 'One URL per line.'),
      ], data => ({
        verdict: data.get('verdict'), rationale: data.get('rationale'),
        evidenceLinks: String(data.get('evidenceLinks') ?? '').split('\n').map(l => l.trim()).filter(Boolean),
      }))); break;
      case 'send-back': forms.push(form(action, 'Send back', [textarea('sendBackReason', 'Reason for sending back', true)], data => ({ reason: data.get('sendBackReason') }))); break;
      case 'publish': forms.push(form(action, 'Publish', [h('div', { class: 'field' }, h('label', { for: 'a-url' }, 'Public URL (optional)'),
        h('input', { id: 'a-url', name: 'url', type: 'url' }))], data => ({ url: data.get('url') || null }))); break;
      case 'reopen': forms.push(form(action, 'Reopen', [textarea('reopenReason', 'Reason for reopening', true)], data => ({ reason: data.get('reopenReason') }))); break;
    }
  }
  return forms;
}

async function casePage(id) {
  const params = new URLSearchParams(location.search);
  const version = params.get('version');
  let view, flag, judgement, current;
  try {
    [view, flag, judgement] = await Promise.all([
      api(`/api/cases/${id}${version ? `?version=${encodeURIComponent(version)}` : ''}`).then(r => r.data),
      optional(`/api/flags/${id}`),
      optional(`/api/cases/${id}/judgement`),
    ]);
    if (version) current = (await api(`/api/cases/${id}`)).data;
  } catch (e) {
    fail('Case', e);
    return;
  }
  const articleIds = [...new Set(view.articleIds)];
  const articles = Object.fromEntries(await Promise.all(articleIds.map(async a => [a, await optional(`/api/articles/${a}`)])));
  let claims;
  if (flag) claims = [['Earlier claim', flag.firstClaim], ['Later claim', flag.secondClaim]];
  else {
    const quotes = (await Promise.all(articleIds.map(a => optional(`/api/articles/${a}/quotes`)))).flatMap(q => q?.quotes ?? []);
    claims = view.claimIds.map((c, i) => [view.claimIds.length > 1 ? `Claim ${i + 1}` : 'The claim', quotes.find(q => q.quoteId === c)]);
  }
  const status = h('div', { class: 'status', role: 'status', tabindex: -1 });
  const review = h('section', { class: 'review-panel', 'aria-labelledby': 'h-review' });
  const render = (caseView, message) => {
    review.replaceChildren(h('h2', { id: 'h-review' }, 'Review'), reviewView(caseView),
      h('h3', {}, 'Actions'), h('div', { class: 'actions' }, actionForms(caseView, render, Boolean(version))));
    if (message) { status.textContent = message; status.focus(); }
  };
  render(view);
  const title = `Case ${shortId(id)}${view.label ? ` · ${view.label} ${score(view.score)}` : ''}`;
  setPage(title,
    h('h1', {}, title),
    version ? h('p', { class: 'banner', role: 'note' }, `The case as it stood at version ${view.version}`, current ? ` (it is now at version ${current.version}, ${current.state})` : '', '. ',
      h('a', { href: `/cases/${id}` }, 'See the current case')) : null,
    h('p', { class: 'links' }, h('a', { href: `/cases/${id}/history` }, 'History'), ' · ', h('a', { href: '/queue' }, 'Back to the queue')),
    status,
    h('div', { class: 'pair' }, claims.map(([heading, quote]) => claimCard(heading, quote, quote ? articles[quote.articleId] : null))),
    h('div', { class: 'case-lower' }, judgementView(judgement), review));
}

// ---------------------------------------------------------------- history and time travel

async function historyPage(id) {
  let events;
  try {
    events = (await api(`/api/cases/${id}/history`)).data;
  } catch (e) {
    fail('Case history', e);
    return;
  }
  setPage(`History of case ${shortId(id)}`,
    h('h1', {}, `History of case ${shortId(id)}`),
    h('p', { class: 'links' }, h('a', { href: `/cases/${id}` }, 'The current case')),
    h('ol', { class: 'timeline' }, events.map(e => h('li', { class: 'event' },
      h('h2', {}, `Version ${e.version}: ${e.type.replaceAll('_', ' ')}`),
      h('dl', { class: 'facts' },
        h('dt', {}, 'By'), h('dd', {}, e.user ?? 'unknown'),
        h('dt', {}, 'At'), h('dd', {}, when(e.timestamp)),
        h('dt', {}, 'Correlation id'), h('dd', {}, h('code', {}, e.correlationId ?? '–')),
        h('dt', {}, 'Causation id'), h('dd', {}, h('code', {}, e.causationId ?? '–'))),
      h('p', {}, h('a', { href: `/cases/${id}?version=${e.version}` }, `The case as of version ${e.version}`)),
      h('details', {}, h('summary', {}, 'Event data'), h('pre', {}, JSON.stringify(e.data, null, 2)))))));
}

// ---------------------------------------------------------------- articles and speakers

async function articlePage(id) {
  let article, quotes, people = [];
  try {
    [article, quotes] = await Promise.all([api(`/api/articles/${id}`).then(r => r.data), api(`/api/articles/${id}/quotes`).then(r => r.data)]);
    if (can('CorrectAttribution')) people = (await api('/api/speakers')).data;
  } catch (e) {
    fail('Article', e);
    return;
  }
  const spans = (kind) => quotes.quotes.filter(q => (q.kind === 'Headline') === (kind === 'title')).map((q, i) => ({
    start: q.start, end: q.end, class: 'quote', title: `${q.speaker ?? 'unknown speaker'} (${q.kind.toLowerCase()})`, id: q.quoteId,
  }));
  const body = article.body.split('\n');
  let offset = 0;
  const paragraphs = body.map(line => {
    const from = offset;
    offset += line.length + 1;
    if (!line.trim()) return null;
    return h('p', {}, highlighted(line, spans('body').map(s => ({ ...s, start: s.start - from, end: s.end - from })).filter(s => s.end > 0 && s.start < line.length)));
  });
  const list = h('ol', { class: 'quotes' }, quotes.quotes.map(q => h('li', { id: `quote-${q.quoteId}`, class: `kind-${q.kind.toLowerCase()}` },
    h('p', {}, h('q', {}, q.text)),
    h('p', { class: 'hint' }, `${q.kind.toLowerCase()} · speaker `, q.speaker ? `${q.speaker} ` : '', '(', speakerLink(q.speakerId), ')',
      q.cue ? ` · cue “${q.cue}”` : '', ` · confidence ${percent(q.confidence)}`),
    can('CorrectAttribution') ? reattributionForm(article.id, q, people) : null)));
  setPage(article.title,
    h('h1', {}, highlighted(article.title, spans('title'))),
    h('p', { class: 'article-line' }, article.source, article.publishedAt ? [' · ', when(article.publishedAt)] : null, ` · ${article.language}`,
      article.url ? [' · ', h('a', { href: article.url, rel: 'noreferrer noopener' }, 'original')] : null,
      ` · extraction ${article.extraction.state}${article.extraction.version ? ` (${article.extraction.version})` : ''}`),
    h('p', { class: 'links' }, h('a', { href: `/queue?article=${id}` }, 'Cases about this article')),
    h('div', { class: 'article-body' }, paragraphs),
    h('h2', {}, `${quotes.count} quotes and claims`),
    list);
}

function reattributionForm(articleId, quote, people) {
  const listId = `people-${quote.quoteId}`;
  return h('details', { class: 'correct' }, h('summary', {}, 'Correct the speaker'),
    h('form', {
      'aria-label': 'Correct the speaker',
      onsubmit: async event => {
        event.preventDefault();
        const element = event.currentTarget;
        const data = new FormData(element);
        const slot = element.querySelector('.outcome');
        try {
          const result = await api(`/api/articles/${articleId}/quotes/${quote.quoteId}/speaker`, {
            method: 'POST', body: { speakerId: data.get('speakerId'), reason: data.get('reason') },
          });
          slot.replaceChildren(h('p', { role: 'status' }, result.data.detail ?? 'Recorded.', ' ', h('a', { href: location.pathname }, 'Reload the article')));
        } catch (e) {
          slot.replaceChildren(problemView(e));
        }
      },
    },
    h('div', { class: 'field' }, h('label', { for: `s-${quote.quoteId}` }, 'Who said it (speaker id)'),
      h('input', { id: `s-${quote.quoteId}`, name: 'speakerId', required: true, list: listId, value: quote.speakerId ?? '' }),
      h('datalist', { id: listId }, people.map(p => h('option', { value: p.id }, p.name)))),
    h('div', { class: 'field' }, h('label', { for: `r-${quote.quoteId}` }, 'Reason'), h('textarea', { id: `r-${quote.quoteId}`, name: 'reason', rows: 2, required: true })),
    h('button', { type: 'submit' }, 'Record the correction'),
    h('div', { class: 'outcome' })));
}

async function speakerPage(speakerId) {
  const params = new URLSearchParams(location.search);
  const page = params.get('page') ?? '1';
  let quotes, people;
  try {
    [quotes, people] = await Promise.all([
      api(`/api/speakers/${encodeURIComponent(speakerId)}/quotes?page=${encodeURIComponent(page)}`).then(r => r.data),
      api('/api/speakers').then(r => r.data),
    ]);
  } catch (e) {
    fail('Speaker', e);
    return;
  }
  const person = people.find(p => p.id === speakerId);
  const title = person ? person.name : speakerId;
  const pages = Math.max(1, Math.ceil(quotes.totalCount / quotes.pageSize));
  setPage(title,
    h('h1', {}, title),
    h('p', { class: 'article-line' }, h('code', {}, speakerId), person?.aliases?.length ? ` · also ${person.aliases.join(', ')}` : ''),
    h('p', { class: 'links' }, h('a', { href: `/queue?speaker=${encodeURIComponent(speakerId)}` }, 'Cases about this speaker')),
    h('p', { role: 'status' }, `${quotes.totalCount} quotes across articles, newest article first.`),
    h('ol', { class: 'quotes' }, quotes.items.map(q => h('li', {},
      h('p', {}, h('q', {}, q.text)),
      h('p', { class: 'hint' }, h('a', { href: `/articles/${q.articleId}#quote-${q.quoteId}` }, q.articleTitle), q.publishedAt ? [' · ', when(q.publishedAt)] : '',
        ` · ${q.kind.toLowerCase()}`, q.cue ? ` · “${q.cue}”` : '')))),
    h('nav', { class: 'pager', 'aria-label': 'Quote pages' },
      quotes.pageNumber > 1 ? h('a', { href: `?page=${quotes.pageNumber - 1}` }, '← Previous page') : null,
      quotes.pageNumber < pages ? h('a', { href: `?page=${quotes.pageNumber + 1}` }, 'Next page →') : null));
}

// ---------------------------------------------------------------- auditor

function auditPage() {
  const chain = h('div', { class: 'outcome', 'aria-live': 'polite' });
  const replay = h('div', { class: 'outcome', 'aria-live': 'polite' });
  const run = (slot, path, describe) => async event => {
    const button = event.currentTarget;
    button.disabled = true;
    slot.replaceChildren(h('p', {}, 'Checking…'));
    try {
      slot.replaceChildren(describe((await api(path)).data));
    } catch (e) {
      slot.replaceChildren(problemView(e));
    }
    button.disabled = false;
  };
  const exportForm = h('form', { class: 'filters', method: 'get', action: '/api/audit/export', 'aria-label': 'Export the audit log' },
    h('div', { class: 'field' }, h('label', { for: 'x-from' }, 'From (UTC, optional)'), h('input', { id: 'x-from', name: 'from', type: 'datetime-local' })),
    h('div', { class: 'field' }, h('label', { for: 'x-to' }, 'To (UTC, optional)'), h('input', { id: 'x-to', name: 'to', type: 'datetime-local' })),
    h('div', { class: 'field buttons' }, h('button', { type: 'submit' }, 'Download the export (JSON Lines)')));
  exportForm.addEventListener('submit', event => {
    // Empty fields are left out rather than sent as empty values; the export is a download of the API's own answer.
    for (const input of exportForm.querySelectorAll('input')) input.disabled = !input.value;
    setTimeout(() => exportForm.querySelectorAll('input').forEach(i => { i.disabled = false; }), 0);
  });
  setPage('Audit',
    h('h1', {}, 'Audit'),
    h('section', { 'aria-labelledby': 'h-chain' }, h('h2', { id: 'h-chain' }, 'Tamper evidence'),
      h('p', {}, 'Checks every stored event against its hash chain (claimcheck audit verify).'),
      h('button', { type: 'button', onclick: run(chain, '/api/audit/verify', r => r.intact
        ? h('p', { class: 'ok', role: 'status' }, `Chain intact: ${r.eventsChecked} events in ${r.streamsChecked} streams verified (${r.tombstonesSkipped} placeholders of failed writes skipped).`)
        : h('div', { class: 'problem', role: 'alert' }, h('p', { class: 'problem-title' }, `Chain broken in ${r.broken.length} streams`),
          h('ul', {}, r.broken.map(b => h('li', {}, `${b.streamId} at version ${b.firstBrokenVersion}: ${b.detail}`))))) }, 'Verify the chain'),
      chain),
    h('section', { 'aria-labelledby': 'h-replay' }, h('h2', { id: 'h-replay' }, 'Replay check'),
      h('p', {}, 'Rebuilds every read model from its events and compares it with the stored document (claimcheck replay).'),
      h('button', { type: 'button', onclick: run(replay, '/api/audit/replay', r => r.matches
        ? h('p', { class: 'ok', role: 'status' }, `Replay matches: ${r.documentsCompared} documents of ${r.streamsChecked} streams compared.`)
        : h('div', { class: 'problem', role: 'alert' }, h('p', { class: 'problem-title' }, `${r.differences.length} documents differ from their replay`),
          h('ul', {}, r.differences.map(d => h('li', {}, `${d.readModel} ${d.streamId}`))))) }, 'Run the replay check'),
      replay),
    h('section', { 'aria-labelledby': 'h-export' }, h('h2', { id: 'h-export' }, 'Export'), exportForm));
}

// ---------------------------------------------------------------- routes

const guid = '([0-9a-fA-F-]{36})';
const routes = [
  [/^\/(queue)?$/, () => queuePage()],
  [new RegExp(`^/cases/${guid}$`), m => casePage(m[1])],
  [new RegExp(`^/cases/${guid}/history$`), m => historyPage(m[1])],
  [new RegExp(`^/articles/${guid}$`), m => articlePage(m[1])],
  [/^\/speakers\/([^/]+)$/, m => speakerPage(decodeURIComponent(m[1]))],
  [/^\/audit$/, () => auditPage()],
];

const match = routes.map(([pattern, page]) => [location.pathname.match(pattern), page]).find(([m]) => m);
if (match) match[1](match[0]).catch(e => fail('Error', e));
else setPage('Not found', h('h1', {}, 'No such desk page'));
