// The in-app notification feed: a bell in the header with the unread count and a panel of recent messages.
// Kept apart from app.js so the dashboard script and this panel can change independently.
(() => {
  const header = document.querySelector('header.top');
  if (!header) return;
  const esc = s => String(s ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
  const seenKey = 'bp-notifications-seen';
  const bell = document.createElement('button');
  bell.type = 'button'; bell.id = 'bell'; bell.className = 'bell'; bell.setAttribute('aria-label', 'Notifications'); bell.textContent = '🔔';
  const panel = document.createElement('div');
  panel.id = 'notifications'; panel.className = 'notifications'; panel.hidden = true; panel.setAttribute('role', 'region'); panel.setAttribute('aria-label', 'Notifications');
  header.appendChild(bell); document.body.appendChild(panel);
  let items = [];

  async function load() {
    const r = await fetch('/api/v1/notifications?days=7', { credentials: 'same-origin' });
    if (!r.ok) return;
    items = await r.json();
    const seen = localStorage.getItem(seenKey) || '';
    const unread = items.filter(n => n.createdAt > seen).length;
    bell.textContent = unread > 0 ? `🔔 ${unread}` : '🔔';
    if (!panel.hidden) render();
  }

  function render() {
    panel.innerHTML = items.length === 0 ? '<p class="muted">Nothing yet.</p>' : items.slice(0, 50).map(n => `
      <div class="note ${esc(n.severity.toLowerCase())}${n.lastError ? ' failed' : ''}">
        <b>${esc(n.title)}</b> <small>${esc(new Date(n.createdAt).toLocaleString())}${n.channel !== 'in_app' ? ' · ' + esc(n.channel) : ''}</small>
        <div>${esc(n.body)}</div>
        ${n.lastError ? `<div class="down">Delivery failed (${n.attempts}×): ${esc(n.lastError)}</div>` : ''}
        ${n.links.map(l => `<a href="${esc(l.url)}">${esc(l.label)}</a>`).join(' ')}
      </div>`).join('');
  }

  bell.addEventListener('click', () => {
    panel.hidden = !panel.hidden;
    if (!panel.hidden) { render(); if (items.length) localStorage.setItem(seenKey, items[0].createdAt); bell.textContent = '🔔'; }
  });
  load();
  setInterval(load, 60000);
})();
