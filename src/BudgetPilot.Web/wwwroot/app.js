// BudgetPilot dashboard: fills the server-rendered shell from /api/v1 and refreshes on server-sent events.
(() => {
  const csrf = document.querySelector('meta[name="csrf-token"]').content;
  const role = document.querySelector('meta[name="role"]').content;
  const canApprove = role === 'Approver' || role === 'Admin';
  const main = document.getElementById('main');
  const page = document.body.dataset.page;
  let currency = 'USD';
  const esc = s => String(s ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
  const money = v => v == null ? '—' : Number(v).toLocaleString('en-US', { maximumFractionDigits: 0 }) + ' ' + currency;
  const pct = v => v == null ? '—' : (v * 100).toFixed(0) + '%';
  const signed = v => v == null ? '—' : `<span class="${v >= 0 ? 'up' : 'down'}">${v >= 0 ? '+' : ''}${(v * 100).toFixed(0)}% ${v >= 0 ? '▲' : '▼'}</span>`;
  const time = t => new Date(t).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  const left = s => s <= 0 ? 'expired' : `${Math.floor(s / 3600)}h ${Math.floor(s % 3600 / 60)}m left`;
  const bar = share => `<div class="bar"><i style="width:${Math.min(100, Math.max(0, share * 100))}%"></i></div>`;

  async function api(path, options = {}) {
    const r = await fetch('/api/v1/' + path, { credentials: 'same-origin', ...options, headers: { 'Content-Type': 'application/json', 'X-CSRF-TOKEN': csrf, ...(options.headers || {}) } });
    if (r.status === 401) { location.href = '/login'; throw new Error('signed out'); }
    const body = r.headers.get('content-type')?.includes('json') ? await r.json() : null;
    if (!r.ok && r.status !== 409) throw new Error(body?.detail || body?.title || ('HTTP ' + r.status));
    return body;
  }
  const post = (path, body) => api(path, { method: 'POST', body: JSON.stringify(body ?? {}) });
  function toast(text) { const t = document.getElementById('toast'); t.textContent = text; t.style.display = 'block'; setTimeout(() => t.style.display = 'none', 5000); }

  async function dashboard() {
    const [o, a, alerts, approvals] = await Promise.all([api('overview'), api('activity'), api('alerts'), api('approvals')]);
    currency = o.currency;
    document.getElementById('last-refresh').textContent = o.lastRefresh ? time(o.lastRefresh) : 'no cycle yet';
    document.getElementById('status').textContent = o.status + (o.statusReasons.length ? ' — ' + o.statusReasons.join(', ') : '');
    // A live refresh must not eat what the manager is typing, nor the conversation so far.
    const chat = document.getElementById('chat-log')?.innerHTML ?? '';
    const typing = document.getElementById('chat-input');
    const typed = typing?.value ?? '', hadFocus = document.activeElement === typing;
    main.innerHTML = `
    <section class="card" id="budget"><h2>Budget overview</h2>
      <div class="row"><span>Total budget</span><strong>${money(o.totalBudget)}/day</strong></div>
      <div class="row"><span>Allocated</span><span>${money(o.allocated.amount)} (${pct(o.allocated.share)})</span></div>${bar(o.allocated.share)}
      <div class="row"><span>Spent today</span><span>${money(o.spentToday.amount)} (${pct(o.spentToday.share)})</span></div>${bar(o.spentToday.share)}
      <div class="row"><span>Reserve</span><span>${money(o.reserve.amount)} (${pct(o.reserve.share)})</span></div>${bar(o.reserve.share)}
      <p>Performance: <strong>ROAS ${o.roasToday?.toFixed(2) ?? '—'}x</strong> (target ${o.targetRoas.toFixed(1)}x) ${o.roasToday >= o.targetRoas ? '✅' : '⚠️'}<br>
      vs yesterday: ${signed(o.vsYesterday)} · vs last week: ${signed(o.vsLastWeek)}</p>
      <p class="muted">Autonomy: ${esc(o.autonomy)}</p></section>
    <section class="card" id="activity"><h2>AI activity (last 24 hours)</h2>
      <p>Actions taken: <strong>${a.actionsTaken}</strong> · Pending approval: <strong>${a.pendingApprovals}</strong> · Monitoring: <strong>${a.campaignsMonitored}</strong> campaigns</p>
      <ul class="items">${a.recentActions.map(x => `<li><strong>${time(x.at)}</strong> — ${esc(x.what)} ✅<br><span class="muted">${esc(x.why)}</span><br>
        ${x.savingsPerDay ? `Saved: ${money(x.savingsPerDay)}/day · ` : ''}${x.confidence != null ? `Confidence: ${pct(x.confidence)}` : ''}</li>`).join('') || '<li class="muted">No action in the last 24 hours.</li>'}</ul>
      <a href="/audit">View all actions →</a></section>
    <section class="card" id="alerts"><h2>Alerts &amp; attention needed</h2><ul class="items">${alerts.map(x => `<li class="sev-${x.severity}"${x.graceId ? ` data-grace-item="${x.graceId}"` : ''}>
      <strong>${esc(x.severity)}</strong> — ${esc(x.message)}
      ${x.graceId ? `<br>⏳ AI will pause at ${time(x.pauseDueAt)} if no improvement<br>
        ${canApprove ? `<button data-grace="${x.graceId}" data-op="override" class="secondary">Override</button><button data-grace="${x.graceId}" data-op="approve-early" class="danger">Approve early pause</button><button data-grace="${x.graceId}" data-op="extend">Extend grace period</button>` : ''}` : ''}
      ${x.campaign ? `<a class="btn secondary" href="/campaigns/${encodeURIComponent(x.campaign)}">View details</a>` : ''}</li>`).join('') || '<li class="muted">Nothing needs you.</li>'}</ul></section>
    <section class="card" id="approvals"><h2>Approval queue</h2><ul class="items">${approvals.map(r => `<li data-approval="${r.id}">
      <strong>${esc(r.what)}</strong> <span class="muted">(${esc(r.urgency)}, risk ${esc(r.risk)}, ${left(r.secondsLeft)})</span><br>
      ${esc(r.reasoning)}<br><span class="muted">${esc(r.whyApprovalNeeded)} Confidence ${pct(r.confidence)}.</span><br>
      ${canApprove ? `<input placeholder="Comment" aria-label="Comment" data-comment="${r.id}"> <button data-approve="${r.id}">Approve</button><button data-reject="${r.id}" class="danger">Reject</button>` : ''}</li>`).join('') || '<li class="muted">No request waiting.</li>'}</ul></section>
    <section class="card wide" id="chat"><h2>Chat with the AI</h2><div class="chat-log" id="chat-log">${chat}</div>
      <form id="chat-form"><input id="chat-input" style="width:75%" placeholder="Why did you pause the Meta Winter campaign?" aria-label="Question"> <button>Ask</button></form></section>`;
    const input = document.getElementById('chat-input');
    input.value = typed;
    if (hadFocus) input.focus();
    deepLink();
    await aiPanel();
  }

  // A Slack or email button opens #/approvals/{id}?do=approve|reject or #/graces/{id}?do=extend|override|approve-early
  // (the shapes DashboardLinks writes). The link only highlights the item and asks; the signed-in user's click acts.
  const verbs = { approvals: ['approve', 'reject'], graces: ['extend', 'override', 'approve-early'] };
  const verbLabel = { approve: 'Approve', reject: 'Reject', extend: 'Extend grace period', override: 'Override', 'approve-early': 'Approve early pause' };
  function deepLink() {
    document.getElementById('deep-link')?.remove();
    const m = /^#\/(approvals|graces|alerts|actions|cycles)(?:\/([0-9a-fA-F-]{36}))?(?:\?do=([a-z-]+))?$/.exec(location.hash);
    if (!m) return;
    const [, kind, id, verb] = m;
    if (!id) { document.getElementById(kind === 'actions' || kind === 'cycles' ? 'activity' : kind)?.scrollIntoView(); return; }
    const item = document.querySelector(kind === 'approvals' ? `[data-approval="${id}"]` : `[data-grace-item="${id}"]`);
    const box = document.createElement('div');
    box.id = 'deep-link'; box.className = 'deep-link'; box.setAttribute('role', 'alert');
    if (!item) {
      box.textContent = kind === 'approvals' ? 'This approval request is no longer waiting (decided or expired).' : 'This grace period is no longer waiting.';
      main.prepend(box); return;
    }
    item.classList.add('highlight');
    const wanted = verbs[kind].includes(verb) ? verb : null;
    if (!canApprove) box.textContent = 'Read-only: your role cannot act on this.';
    else if (wanted) {
      box.innerHTML = `Confirm: <strong>${esc(verbLabel[wanted])}</strong>? `
        + (kind === 'approvals' ? `<button data-confirm-approval="${id}" data-verb="${wanted}" class="${wanted === 'reject' ? 'danger' : ''}">Confirm ${esc(verbLabel[wanted].toLowerCase())}</button>`
          : `<button data-grace="${id}" data-op="${wanted}" data-confirm-grace="1">Confirm ${esc(verbLabel[wanted].toLowerCase())}</button>`)
        + ' <button data-dismiss-link="1" class="secondary">Cancel</button>';
    } else box.textContent = 'Choose an action below.';
    item.prepend(box);
    item.scrollIntoView({ block: 'center' });
  }
  const clearLink = () => { if (location.hash) history.replaceState(null, '', location.pathname + location.search); };
  window.addEventListener('hashchange', () => page === 'dashboard' && refresh());

  // The LLM's narrative beside the decisions, and why any of its decisions never reached the guardrails.
  async function aiPanel() {
    const ai = await api('ai');
    const n = ai.latest;
    const section = document.createElement('section');
    section.className = 'card wide'; section.id = 'ai';
    section.innerHTML = `<h2>AI analysis</h2>` + (!ai.connected
      ? `<p class="muted">No LLM: ${esc(ai.notConnectedReason)}. The deterministic engines decide; the chat answers from the audit log and the metrics.</p>`
      : !n ? `<p class="muted">${esc(ai.provider)} · ${esc(ai.model)} — no analysis yet.</p>`
      : `<p><strong>${esc(n.overallHealth ?? '—')}</strong> · ${esc(n.status)} at ${time(n.at)} — ${esc(n.summary)}</p>
      ${n.dropped.length ? `<p>Not done, and why:</p><ul class="items" id="ai-dropped">${n.dropped.map(d => `<li class="sev-High">${d.campaign ? `<strong>${esc(d.campaign)}</strong> — ` : ''}${esc(d.reason)}</li>`).join('')}</ul>` : ''}
      ${n.expectedOutcomes ? `<p>The LLM's own estimate${n.accepted ? '' : ' (nothing of it was acted on)'}: ROAS ${n.expectedOutcomes.newOverallRoas ?? '—'} (${esc(n.expectedOutcomes.improvementVsCurrent)}), profit ${money(n.expectedOutcomes.dailyProfitIncrease)}/day</p>` : ''}
      ${n.risksAndCaveats.length ? `<p>Risks and caveats:</p><ul class="items">${n.risksAndCaveats.map(r => `<li>${esc(r)}</li>`).join('')}</ul>` : ''}
      <p class="muted">This call: ${n.inputTokens} in / ${n.outputTokens} out tokens, cost ${n.cost.toFixed(4)} · last 24 h: ${ai.last24h.calls} call(s), ${ai.last24h.inputTokens + ai.last24h.outputTokens} tokens, cost ${ai.last24h.cost.toFixed(4)} · ${esc(ai.provider)} ${esc(ai.model)}</p>`);
    document.getElementById('ai')?.remove();
    main.insertBefore(section, document.getElementById('chat'));
  }

  async function audit() {
    const q = new URLSearchParams(location.search);
    const p = await api('audit?' + q.toString());
    main.innerHTML = `<section class="card wide" id="audit"><h2>Audit log</h2>
      <form><select name="kind"><option value="">All kinds</option>${['Outcome', 'Intent', 'ApprovalRequested', 'Approved', 'Rejected', 'Expired', 'GraceScheduled', 'GraceExtended', 'GraceOverridden', 'GraceRecovered', 'GuardrailRejected', 'Advised', 'SettingsChanged'].map(k => `<option ${q.get('kind') === k ? 'selected' : ''}>${k}</option>`).join('')}</select>
      <input name="campaign" placeholder="Campaign" value="${esc(q.get('campaign') ?? '')}"> <button>Filter</button></form>
      <table><tr><th>Time</th><th>Kind</th><th>What</th><th>Why</th><th>By</th></tr>${p.items.map(x => `<tr><td>${new Date(x.at).toLocaleString()}</td><td>${esc(x.kind)}</td><td>${esc(x.what)}</td><td>${esc(x.why)}</td><td>${esc(x.actor)}</td></tr>`).join('')}</table>
      <p>Page ${p.page} of ${Math.max(1, Math.ceil(p.total / p.pageSize))} (${p.total} entries)
      ${p.page > 1 ? `<a href="?${new URLSearchParams({ ...Object.fromEntries(q), page: p.page - 1 })}">← Newer</a>` : ''}
      ${p.page * p.pageSize < p.total ? `<a href="?${new URLSearchParams({ ...Object.fromEntries(q), page: p.page + 1 })}">Older →</a>` : ''}</p></section>`;
  }

  function chart(days, key, label, marks) {
    const vals = days.map(d => d[key] ?? 0), max = Math.max(...vals, 0.0001), w = 600, h = 150, n = Math.max(1, days.length - 1);
    const x = i => 30 + i * (w - 40) / n, y = v => h - 20 - v / max * (h - 35);
    const markX = marks.map(m => days.findIndex(d => d.date === m)).filter(i => i >= 0);
    return `<figure><figcaption>${label}</figcaption><svg class="chart" viewBox="0 0 ${w} ${h}" role="img" aria-label="${label}">
      <polyline fill="none" stroke="#1f5fbf" stroke-width="2" points="${vals.map((v, i) => `${x(i)},${y(v)}`).join(' ')}"/>
      ${markX.map(i => `<line x1="${x(i)}" x2="${x(i)}" y1="10" y2="${h - 20}" stroke="#c0392b" stroke-dasharray="4"/><text x="${x(i) + 3}" y="20" font-size="11" fill="#c0392b">action</text>`).join('')}
      <text x="2" y="14" font-size="11">${max.toFixed(2)}</text><text x="30" y="${h - 4}" font-size="11">${days[0]?.date ?? ''}</text><text x="${w - 80}" y="${h - 4}" font-size="11">${days.at(-1)?.date ?? ''}</text></svg></figure>`;
  }

  async function campaign() {
    const id = decodeURIComponent(location.pathname.split('/').pop());
    const d = await api('campaigns/' + encodeURIComponent(id));
    const marks = d.actions.map(a => a.at.slice(0, 10));
    main.innerHTML = `<section class="card wide" id="campaign"><h2>${esc(d.campaign.name)} <span class="muted">(${esc(d.campaign.platform)}, ${esc(d.campaign.status)})</span></h2>
      <p>Budget ${money(d.campaign.dailyBudget)}/day · 7-day ROAS ${d.campaign.roas7d ?? '—'} (target ${d.targetRoas}) · CPA ${d.campaign.cpa7d ?? '—'}</p>
      ${chart(d.days, 'roas', 'ROAS per day', marks)}${chart(d.days, 'cpa', 'CPA per day', marks)}${chart(d.days, 'spend', 'Spend per day', marks)}${chart(d.days, 'conversions', 'Conversions per day', marks)}
      <h3>Actions taken</h3><ul class="items">${d.actions.map(a => `<li>${new Date(a.at).toLocaleString()} — ${esc(a.what)}<br><span class="muted">${esc(a.why)}</span></li>`).join('') || '<li class="muted">None.</li>'}</ul></section>`;
  }

  // Settings: a form of the fields a manager tunes, checked here and again by the server; each error lands under its field.
  const range = (lo, hi, loOpen = false, hiOpen = false) => v => !(v < lo || v > hi || (loOpen && v === lo) || (hiOpen && v === hi)) ? null
    : `Must be ${loOpen ? 'above' : 'at least'} ${lo}${hi === Infinity ? '' : ` and ${hiOpen ? 'below' : 'at most'} ${hi}`}.`;
  const settingFields = [
    ['autonomy', 'Autonomy level', 'select', null, [[0, 'Full autonomous: acts within the guardrails'], [1, 'Semi-autonomous: asks before acting'], [2, 'Advisory: only recommends']]],
    ['confidenceThreshold', 'Confidence threshold (0.50–1.00)', 'num', range(0.5, 1)],
    ['humanApprovalRequired.budgetChangeFraction', 'Ask approval for budget changes above (%)', 'pct', range(0, 1000, true)],
    ['humanApprovalRequired.pauseCampaignIfDailySpendAbove', 'Ask approval to pause campaigns spending more than (per day)', 'num', range(0, Infinity)],
    ['guardrails.maxDailyAdjustments', 'Max adjustments per day', 'int', range(0, 10000)],
    ['guardrails.maxBudgetReallocationPerDayFraction', 'Max budget moved per day (% of total)', 'pct', range(0, 100)],
    ['guardrails.maxSingleBudgetIncreaseFraction', 'Max single budget increase (%)', 'pct', range(0, 1000)],
    ['guardrails.minCampaignRuntimeBeforePause', 'Min runtime before a pause (hours)', 'hours', range(0, Infinity)],
    ['guardrails.protectWinnersAboveRoas', 'Protect winners above ROAS', 'num', range(0, Infinity, true)],
    ['guardrails.winnerMarginFraction', 'Winner protection margin (%)', 'pct', range(0, 100, false, true)],
    ['alerts.roasDropFraction', 'Alert on a ROAS drop of (%)', 'pct', range(0, 100, true, true)],
    ['alerts.cpaIncreaseFraction', 'Alert on a CPA increase of (%)', 'pct', range(0, Infinity, true)],
    ['alerts.ctrDropFraction', 'Alert on a CTR drop of (%)', 'pct', range(0, 100, true, true)],
    ['alerts.cpcIncreaseFraction', 'Alert on a CPC increase of (%)', 'pct', range(0, Infinity, true)],
    ['alerts.zeroConversionsFor', 'Alert after hours without conversions', 'hours', range(1, Infinity)],
    ['alerts.minSpendToCompare', 'Min spend to compare (per window)', 'num', range(0, Infinity)],
    ['approvalTimeout', 'Approval requests expire after (hours)', 'hours', range(1 / 60, Infinity)],
    ['gracePeriod', 'Grace period before a critical pause (hours)', 'hours', range(0, Infinity)],
  ];
  const getAt = (o, path) => path.split('.').reduce((x, k) => x?.[k], o);
  const setAt = (o, path, v) => { const ks = path.split('.'); ks.slice(0, -1).reduce((x, k) => x[k] ??= {}, o)[ks.at(-1)] = v; };
  const hoursOf = t => { const m = /^(?:(\d+)\.)?(\d+):(\d+):(\d+)/.exec(String(t)); return m ? (+(m[1] ?? 0)) * 24 + +m[2] + +m[3] / 60 + +m[4] / 3600 : NaN; };
  const spanOf = h => { const s = Math.round(h * 3600), d = Math.floor(s / 86400), p = n => String(n).padStart(2, '0'); return `${d}.${p(Math.floor(s % 86400 / 3600))}:${p(Math.floor(s % 3600 / 60))}:${p(s % 60)}`; };
  const shown = (kind, v) => kind === 'pct' ? +(v * 100).toFixed(4) : kind === 'hours' ? +hoursOf(v).toFixed(4) : v;
  let loadedSettings = null;

  async function settings() {
    const s = loadedSettings = await api('settings');
    const admin = role === 'Admin';
    const recent = await api('audit?kind=SettingsChanged&pageSize=5');
    main.innerHTML = `<section class="card wide" id="settings"><h2>Settings</h2>
      <p class="muted">${admin ? 'Every change is checked here and by the server, and written to the audit log with who made it and the values before and after.' : 'Only an Admin can change them.'}</p>
      <form id="settings-form" novalidate><div class="fields">${settingFields.map(([path, label, kind, , options]) => `<label>${esc(label)}
        ${kind === 'select' ? `<select name="${path}" ${admin ? '' : 'disabled'}>${options.map(([v, t]) => `<option value="${v}" ${getAt(s, path) === v ? 'selected' : ''}>${esc(t)}</option>`).join('')}</select>`
          : `<input name="${path}" type="number" step="any" inputmode="decimal" value="${esc(shown(kind, getAt(s, path)))}" ${admin ? '' : 'disabled'}>`}
        <span class="field-error" data-error="${path}"></span></label>`).join('')}</div>
      <p class="field-error" data-error="settings"></p>${admin ? '<button id="save-settings">Save settings</button>' : ''}</form>
      <h3>Recent changes</h3><ul class="items">${recent.items.map(x => `<li>${new Date(x.at).toLocaleString()} — <strong>${esc(x.actor)}</strong>: ${esc(x.why)}</li>`).join('') || '<li class="muted">No change yet.</li>'}</ul></section>`;
  }

  async function saveSettings() {
    document.querySelectorAll('[data-error]').forEach(e => e.textContent = '');
    const next = structuredClone(loadedSettings), errors = {};
    for (const [path, , kind, check] of settingFields) {
      const raw = document.querySelector(`[name="${path}"]`).value.trim();
      const v = Number(raw);
      if (kind === 'select') { setAt(next, path, v); continue; }
      const problem = raw === '' || !Number.isFinite(v) ? 'A number is required.' : kind === 'int' && !Number.isInteger(v) ? 'A whole number is required.' : check(v);
      if (problem) { errors[path] = [problem]; continue; }
      setAt(next, path, kind === 'pct' ? +(v / 100).toFixed(6) : kind === 'hours' ? spanOf(v) : v);
    }
    if (!Object.keys(errors).length) {
      const r = await fetch('/api/v1/settings', { method: 'PUT', credentials: 'same-origin', headers: { 'Content-Type': 'application/json', 'X-CSRF-TOKEN': csrf }, body: JSON.stringify(next) });
      const body = r.headers.get('content-type')?.includes('json') ? await r.json() : null;
      if (r.ok) { toast(body.changes.length ? 'Saved: ' + body.changes.join('; ') : 'No change.'); return settings(); }
      Object.assign(errors, body?.errors ?? { settings: [body?.title || ('HTTP ' + r.status)] });
    }
    for (const [path, messages] of Object.entries(errors)) {
      const slot = document.querySelector(`[data-error="${path}"]`) ?? document.querySelector('[data-error="settings"]');
      slot.textContent = messages.join(' ');
    }
    toast('Not saved: ' + Object.values(errors).flat().join(' '));
  }

  // Users and API tokens (Admin only): every change is audited by the server; a new token is shown once, here.
  async function admin() {
    const [users, tokens] = await Promise.all([api('users'), api('tokens')]);
    const roles = ['Viewer', 'Approver', 'Admin'].map(r => `<option>${r}</option>`).join('');
    main.innerHTML = `<section class="card wide" id="users"><h2>Users</h2>
      <table><tr><th>Name</th><th>Role</th><th>Status</th><th></th></tr>${users.map(u => `<tr data-user="${esc(u.name)}"><td>${esc(u.name)}</td><td>${esc(u.role)}</td>
        <td>${u.disabled ? 'Disabled' : 'Active'}</td><td><button class="${u.disabled ? '' : 'danger'}" data-user-op="${u.disabled ? 'enable' : 'disable'}" data-name="${esc(u.name)}">${u.disabled ? 'Enable' : 'Disable'}</button></td></tr>`).join('')}</table>
      <h3>Add a user (or replace one's role and password)</h3>
      <form id="user-form"><input name="name" placeholder="User name" aria-label="User name" required maxlength="64">
        <select name="role" aria-label="Role">${roles}</select>
        <input name="password" type="password" placeholder="Password (8+ characters)" aria-label="Password" minlength="8" required> <button>Save user</button>
        <span class="field-error" data-error="user"></span></form></section>
    <section class="card wide" id="tokens"><h2>API tokens</h2>
      <table><tr><th>Id</th><th>Name</th><th>Role</th><th>Created</th><th>Status</th><th></th></tr>${tokens.map(t => `<tr data-token="${esc(t.id)}"><td><code>${esc(t.id)}</code></td><td>${esc(t.name)}</td><td>${esc(t.role)}</td>
        <td>${new Date(t.createdAt).toLocaleString()}</td><td>${t.revokedAt ? 'Revoked ' + new Date(t.revokedAt).toLocaleString() : 'Live'}</td>
        <td>${t.revokedAt ? '' : `<button class="danger" data-revoke="${esc(t.id)}">Revoke</button>`}</td></tr>`).join('') || '<tr><td colspan="6" class="muted">No token yet.</td></tr>'}</table>
      <h3>New token</h3><form id="token-form"><input name="name" placeholder="What it is for" aria-label="Token name" required maxlength="64">
        <select name="role" aria-label="Token role">${roles}</select> <button>Create token</button><span class="field-error" data-error="token"></span></form>
      <div id="new-token"></div></section>`;
  }

  async function adminSubmit(form) {
    const data = Object.fromEntries(new FormData(form));
    const path = form.id === 'user-form' ? 'users' : 'tokens';
    const r = await fetch('/api/v1/' + path, { method: 'POST', credentials: 'same-origin', headers: { 'Content-Type': 'application/json', 'X-CSRF-TOKEN': csrf }, body: JSON.stringify(data) });
    const body = r.headers.get('content-type')?.includes('json') ? await r.json() : null;
    if (!r.ok) {
      form.querySelector('[data-error]').textContent = body?.errors ? Object.values(body.errors).flat().join(' ') : (body?.title || 'HTTP ' + r.status);
      return;
    }
    await admin();
    if (path === 'tokens') {
      document.getElementById('new-token').innerHTML = `<p class="card">Token for <strong>${esc(body.name)}</strong> (${esc(body.role)}): <code id="token-value">${esc(body.token)}</code><br>
        <strong>Copy it now: it is shown only once.</strong></p>`;
    } else toast(`Saved user ${body.name} (${body.role}).`);
  }

  // Stakeholder links: the token is shown once, in the answer to its creation; the list only names what was shared.
  async function share(created) {
    const list = await api('shares');
    main.innerHTML = `<section class="card wide" id="share"><h2>Share a read-only report</h2>
      <form id="share-form"><label>View <select name="view">${[['weekly', 'Weekly report'], ['daily', 'Daily report'], ['dashboard', 'Dashboard (last 7 days, live)']].map(([v, l]) => `<option value="${v}">${l}</option>`).join('')}</select></label>
      <label>Expires in <select name="expiresInHours">${[[24, '1 day'], [72, '3 days'], [168, '7 days'], [720, '30 days']].map(([h, l]) => `<option value="${h}" ${h === 72 ? 'selected' : ''}>${l}</option>`).join('')}</select></label>
      <button>Create link</button></form>
      ${created ? `<p id="share-created">Link for the ${esc(created.view)} view, until ${new Date(created.expiresAt).toLocaleString()}:<br>
        <input id="share-url" readonly value="${esc(created.url)}" style="width:75%" aria-label="Share link"> <button data-copy-share="1" type="button">Copy</button><br>
        <strong>Copy it now: it is shown only once.</strong></p>` : ''}
      <table id="share-list"><tr><th>View</th><th>Created</th><th>Expires</th><th>Status</th><th></th></tr>${list.map(s => `<tr data-share="${s.id}"><td>${esc(s.view)}${s.at ? ' ' + esc(s.at) : ''}</td>
        <td>${new Date(s.createdAt).toLocaleString()} by ${esc(s.createdBy)}</td><td>${new Date(s.expiresAt).toLocaleString()}</td><td>${esc(s.status)}</td>
        <td>${s.status === 'live' ? `<button data-revoke-share="${s.id}" class="danger">Revoke</button>` : ''}</td></tr>`).join('') || '<tr><td colspan="5" class="muted">No link yet.</td></tr>'}</table></section>`;
  }

  const pages = { dashboard, audit, campaign, settings, admin, share: () => share() };
  // One refresh at a time, and one more if something changed meanwhile: two overlapping refreshes can finish
  // out of order, and the older answers would then overwrite the newer ones.
  let running = null, again = false;
  const refresh = () => {
    if (running) { again = true; return running; }
    running = pages[page]().catch(e => toast(e.message)).finally(() => { running = null; if (again) { again = false; refresh(); } });
    return running;
  };

  document.addEventListener('click', async e => {
    const t = e.target.closest('button'); if (!t) return;
    try {
      if (t.dataset.dismissLink) { clearLink(); document.getElementById('deep-link')?.remove(); document.querySelector('.highlight')?.classList.remove('highlight'); return; }
      if (t.dataset.confirmApproval) {
        const id = t.dataset.confirmApproval;
        const comment = document.querySelector(`[data-comment="${id}"]`)?.value || null;
        const r = await post(`approvals/${id}/${t.dataset.verb}`, { comment });
        clearLink(); toast(r.message); refresh();
      } else if (t.dataset.approve || t.dataset.reject) {
        const id = t.dataset.approve || t.dataset.reject;
        const comment = document.querySelector(`[data-comment="${id}"]`)?.value || null;
        const r = await post(`approvals/${id}/${t.dataset.approve ? 'approve' : 'reject'}`, { comment });
        toast(r.message); refresh();
      } else if (t.dataset.grace) {
        const r = await post(`graces/${t.dataset.grace}/${t.dataset.op}`, {});
        if (t.dataset.confirmGrace) clearLink();
        toast(r.message); refresh();
      } else if (t.id === 'save-settings') {
        e.preventDefault();
        await saveSettings();
      } else if (t.dataset.userOp) {
        const r = await post(`users/${encodeURIComponent(t.dataset.name)}/${t.dataset.userOp}`, {});
        toast(r?.errors ? Object.values(r.errors).flat().join(' ') : `${r.name}: ${r.disabled ? 'disabled' : 'enabled'}.`); admin();
      } else if (t.dataset.copyShare) {
        await navigator.clipboard.writeText(document.getElementById('share-url').value);
        toast('Link copied.');
      } else if (t.dataset.revokeShare) {
        await api(`shares/${encodeURIComponent(t.dataset.revokeShare)}`, { method: 'DELETE' });
        toast('Link revoked.'); share();
      } else if (t.dataset.revoke) {
        await post(`tokens/${encodeURIComponent(t.dataset.revoke)}/revoke`, {});
        toast('Token revoked.'); admin();
      }
    } catch (err) { toast(err.message); }
  });
  document.addEventListener('submit', async e => {
    if (e.target.id !== 'user-form' && e.target.id !== 'token-form') return;
    e.preventDefault();
    try { await adminSubmit(e.target); } catch (err) { toast(err.message); }
  });
  document.addEventListener('submit', async e => {
    if (e.target.id !== 'share-form') return;
    e.preventDefault();
    const f = new FormData(e.target);
    try { await share(await post('shares', { view: f.get('view'), expiresInHours: Number(f.get('expiresInHours')) })); } catch (err) { toast(err.message); }
  });
  document.addEventListener('submit', async e => {
    if (e.target.id !== 'chat-form') return;
    e.preventDefault();
    const q = document.getElementById('chat-input').value.trim(); if (!q) return;
    try {
      const a = await post('chat', { question: q });
      // Looked up again: a live refresh may have re-rendered the panel while the answer was on its way.
      const log = document.getElementById('chat-log');
      log.innerHTML += `<p class="q">You: ${esc(q)}</p>` + a.lines.map(l => `<p>${esc(l)}</p>`).join('');
      log.scrollTop = log.scrollHeight; document.getElementById('chat-input').value = '';
    } catch (err) { toast(err.message); }
  });

  refresh();
  if (page === 'dashboard' && 'EventSource' in window) {
    new EventSource('/api/v1/events').addEventListener('changed', () => refresh());
  }
})();
