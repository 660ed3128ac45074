// The agent-status page: plain DOM code, no build step. Every API call carries the bearer token; all text from
// the server goes into the page through textContent, never as HTML.
'use strict';

(() => {
  const REFRESH_MS = 5000;
  const TOKEN_KEY = 'ginko.token';
  const PROJECT_KEY = 'ginko.project';
  // After a 503 (events disabled, or the database unreachable) the page polls, and tries the stream again later.
  const SSE_UNAVAILABLE_RETRY_MS = 30000;
  const MODE_TEXT = { off: 'Not connected', sse: 'Live (SSE)', polling: 'Polling every 5 s' };

  const state = {
    token: sessionStorage.getItem(TOKEN_KEY),
    project: null,
    selectedAgent: null,
    blockedTasks: new Set(),
    agentNames: new Map(),
    stream: null,
    lastEventId: null,
    retryMs: 3000,
    refreshTimer: null,
    eventRefresh: null,
    refreshing: null,
  };

  const $ = (id) => document.getElementById(id);

  class Unauthorized extends Error {}

  class NotFound extends Error {}

  // ---- API ----

  function apiUrl(path, params) {
    const url = new URL(path, window.location.origin);
    for (const [name, value] of Object.entries(params || {})) {
      if (value !== null && value !== undefined && value !== '') {
        url.searchParams.set(name, value);
      }
    }
    return url;
  }

  async function api(path, params) {
    const response = await fetch(apiUrl(path, params), {
      headers: { Authorization: `Bearer ${state.token}`, Accept: 'application/json' },
      cache: 'no-store',
    });
    if (response.status === 401) {
      throw new Unauthorized();
    }
    const body = await response.json().catch(() => ({}));
    if (response.status === 404) {
      throw new NotFound(body.error || 'not found');
    }
    if (!response.ok) {
      throw new Error(body.error || `HTTP ${response.status}`);
    }
    return body;
  }

  // ---- small DOM helpers ----

  function element(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) {
      node.textContent = text;
    }
    if (className) {
      node.className = className;
    }
    return node;
  }

  // A body row of the table; each cell carries its column's name for the stacked narrow-screen layout.
  function row(table, cells) {
    const labels = [...table.tHead.rows[0].cells].map((th) => th.textContent);
    const tr = document.createElement('tr');
    tr.setAttribute('role', 'row');
    cells.forEach((cell, index) => {
      const td = document.createElement('td');
      td.setAttribute('role', 'cell');
      td.dataset.label = labels[index];
      const content = document.createElement('span');
      content.append(cell instanceof Node ? cell : document.createTextNode(cell ?? '—'));
      td.append(content);
      tr.append(td);
    });
    return tr;
  }

  function codes(values) {
    const span = document.createElement('span');
    values.forEach((value, index) => span.append(index ? ', ' : '', element('code', value)));
    return values.length ? span : null;
  }

  function badge(kind, value) {
    return element('span', value, `badge ${kind}-${value}`);
  }

  function age(seconds) {
    if (seconds < 60) return `${seconds}s ago`;
    if (seconds < 3600) return `${Math.floor(seconds / 60)}m ago`;
    if (seconds < 86400) return `${Math.floor(seconds / 3600)}h ago`;
    return `${Math.floor(seconds / 86400)}d ago`;
  }

  function localTime(iso) {
    return new Date(iso).toLocaleString();
  }

  function showMessage(text) {
    $('message').textContent = text || '';
  }

  function setMode(mode) {
    $('mode').dataset.mode = mode;
    $('mode').textContent = MODE_TEXT[mode];
  }

  // ---- rendering ----

  function renderAgents(agents) {
    const body = $('agents').tBodies[0];
    body.replaceChildren(...agents.map(agentRow));
    $('agents-empty').hidden = agents.length > 0;
  }

  function agentRow(agent) {
    const task = agent.status === 'busy' && agent.current_task ? agent.current_task : null;
    const taskCell = element('span', task ?? '—');
    if (task && state.blockedTasks.has(task)) {
      taskCell.append(' ', element('span', 'blocked', 'badge severity-high'));
    }
    const heartbeat = element('time', age(agent.seconds_since_heartbeat));
    heartbeat.dateTime = agent.last_heartbeat;
    heartbeat.title = agent.last_heartbeat;
    const tr = row($('agents'), [element('code', agent.agent_id), nameCell(agent), badge('status', agent.status),
      taskCell, heartbeat]);
    tr.tabIndex = 0;
    tr.dataset.agentId = agent.agent_id;
    tr.className = 'agent-row';
    tr.setAttribute('aria-selected', String(agent.agent_id === state.selectedAgent));
    tr.setAttribute('aria-label', `${agent.name}, ${agent.status}${task ? `, on ${task}` : ''}`);
    return tr;
  }

  // ---- messages (issue 18): badges in the agents table, recent messages in the details panel ----

  function nameCell(agent) {
    const cell = element('span', agent.name);
    if (agent.unread_messages > 0) {
      cell.append(' ', element('span', `${agent.unread_messages} unread`, 'badge messages-unread'));
    }
    if (agent.ack_overdue_messages > 0) {
      cell.append(' ', element('span', `${agent.ack_overdue_messages} ack overdue`, 'badge messages-overdue'));
    }
    return cell;
  }

  function messageList(agent) {
    if (agent.recent_messages.length === 0) {
      return element('p', 'No messages.', 'empty');
    }
    const list = element('ol', null, 'messages');
    agent.recent_messages.forEach((message) => {
      const item = document.createElement('li');
      const when = element('time', new Date(message.sent_at).toLocaleTimeString());
      when.dateTime = message.sent_at;
      const state = message.acknowledged_at ? 'acknowledged' : (message.read_at ? 'read' : 'unread');
      item.append(when, ' ', element('span', state, `badge message-${state}`), ' ', message.subject,
        ' — from ', element('code', message.from), ' to ', message.broadcast ? 'all' : message.to.join(', '));
      list.append(item);
    });
    return list;
  }

  // ---- end of messages ----

  function renderBlockers(blockers) {
    const body = $('blockers').tBodies[0];
    body.replaceChildren(...blockers.map((b) => row($('blockers'), [badge('severity', b.severity),
      b.description, b.blocked_by, codes(b.blocking_tasks), b.agent_id ? agentRef(b.agent_id) : 'a person'])));
    $('blockers-empty').hidden = blockers.length > 0;
  }

  const TASK_STATE_TEXT = {
    waiting: 'waiting', ready: 'ready', assigned: 'assigned', in_progress: 'in progress', completed: 'completed',
  };

  function renderTasks(tasks) {
    const body = $('tasks').tBodies[0];
    body.replaceChildren(...tasks.map((task) => {
      const holder = task.holder ?? task.completed_by ?? task.assignee;
      const tr = row($('tasks'), [element('code', task.task_id), task.title,
        element('span', TASK_STATE_TEXT[task.status] ?? task.status, `badge task-${task.status}`),
        holder ? agentRef(holder) : null, codes(task.waiting_on)]);
      tr.dataset.taskId = task.task_id;
      return tr;
    }));
    $('tasks-empty').hidden = tasks.length > 0;
    renderTaskGraph(tasks);
  }

  // ---- names beside ids (issue 22) ----

  // An agent as its name beside its id; the id alone when the project does not know the agent.
  function agentRef(agentId) {
    const name = state.agentNames.get(agentId);
    if (!name) return element('code', agentId);
    const ref = element('span', `${name} `, 'agent-ref');
    ref.append(element('code', agentId));
    return ref;
  }

  // ---- the task graph as a picture (issue 22) ----

  const SVG = 'http://www.w3.org/2000/svg';
  const NODE = { width: 150, height: 40, columnGap: 60, rowGap: 16, margin: 12 };

  function svg(tag, attributes, className) {
    const node = document.createElementNS(SVG, tag);
    Object.entries(attributes).forEach(([name, value]) => node.setAttribute(name, String(value)));
    if (className) node.setAttribute('class', className);
    return node;
  }

  // Columns by wave: a task stands one column right of its furthest dependency (completed ones included, so the
  // picture keeps its shape as work gets done); within a column, in id order as the server lists them.
  function columnsOf(tasks) {
    const byId = new Map(tasks.map((task) => [task.task_id, task]));
    const column = new Map();
    const visiting = new Set();
    const place = (task) => {
      if (column.has(task.task_id)) return column.get(task.task_id);
      if (visiting.has(task.task_id)) return 0; // a cycle read mid-redefinition: draw it, do not loop
      visiting.add(task.task_id);
      const deps = task.depends_on.filter((id) => byId.has(id)).map((id) => place(byId.get(id)));
      visiting.delete(task.task_id);
      const at = deps.length === 0 ? 0 : Math.max(...deps) + 1;
      column.set(task.task_id, at);
      return at;
    };
    tasks.forEach(place);
    const columns = [];
    tasks.forEach((task) => {
      const at = column.get(task.task_id);
      (columns[at] ??= []).push(task);
    });
    return columns.map((tasksOfColumn) => tasksOfColumn ?? []);
  }

  function renderTaskGraph(tasks) {
    const picture = $('task-graph');
    $('task-graph-frame').hidden = tasks.length === 0;
    const columns = columnsOf(tasks);
    const where = new Map();
    columns.forEach((tasksOfColumn, c) => tasksOfColumn.forEach((task, r) => where.set(task.task_id, {
      x: NODE.margin + c * (NODE.width + NODE.columnGap),
      y: NODE.margin + r * (NODE.height + NODE.rowGap),
    })));
    const rows = Math.max(1, ...columns.map((tasksOfColumn) => tasksOfColumn.length));
    const width = NODE.margin * 2 + columns.length * NODE.width + Math.max(0, columns.length - 1) * NODE.columnGap;
    const height = NODE.margin * 2 + rows * NODE.height + (rows - 1) * NODE.rowGap;
    picture.setAttribute('viewBox', `0 0 ${width} ${height}`);
    picture.setAttribute('width', width);
    picture.setAttribute('height', height);
    const defs = svg('defs', {});
    const marker = svg('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 8,
      markerHeight: 8, orient: 'auto-start-reverse' });
    marker.append(svg('path', { d: 'M 0 0 L 10 5 L 0 10 z' }, 'arrow-head'));
    defs.append(marker);
    const edges = [];
    tasks.forEach((task) => task.depends_on.filter((id) => where.has(id)).forEach((id) => {
      const from = where.get(id);
      const to = where.get(task.task_id);
      const edge = svg('path', {
        d: `M ${from.x + NODE.width} ${from.y + NODE.height / 2} C ${from.x + NODE.width + NODE.columnGap / 2} `
          + `${from.y + NODE.height / 2}, ${to.x - NODE.columnGap / 2} ${to.y + NODE.height / 2}, `
          + `${to.x} ${to.y + NODE.height / 2}`,
        'marker-end': 'url(#arrow)',
      }, 'task-edge');
      edge.dataset.from = id;
      edge.dataset.to = task.task_id;
      edges.push(edge);
    }));
    const nodes = tasks.map((task) => {
      const at = where.get(task.task_id);
      const node = svg('g', { transform: `translate(${at.x} ${at.y})` }, `task-node task-${task.status}`);
      node.dataset.taskId = task.task_id;
      node.dataset.status = task.status;
      node.append(svg('rect', { width: NODE.width, height: NODE.height, rx: 8 }));
      const id = svg('text', { x: 10, y: 16 }, 'task-node-id');
      id.textContent = task.task_id;
      const title = svg('text', { x: 10, y: 32 }, 'task-node-title');
      title.textContent = task.title.length > 20 ? `${task.title.slice(0, 19)}…` : task.title;
      const tip = svg('title', {});
      tip.textContent = `${task.task_id}: ${task.title} (${TASK_STATE_TEXT[task.status] ?? task.status})`;
      node.append(tip, id, title);
      return node;
    });
    picture.replaceChildren(defs, ...edges, ...nodes);
  }

  function renderDetails(agent) {
    const body = $('details-body');
    if (!agent) {
      body.replaceChildren(element('p', 'No agent selected.', 'empty'));
      return;
    }
    const facts = document.createElement('dl');
    const fact = (term, value) => facts.append(element('dt', term), element('dd', value ?? '—'));
    fact('Agent', agent.agent_id);
    facts.append(element('dt', 'Status'), element('dd'));
    facts.lastChild.append(badge('status', agent.status));
    fact('Current task', agent.current_task);
    fact('Last heartbeat', `${age(agent.seconds_since_heartbeat)} (${localTime(agent.last_heartbeat)})`);
    fact('Capabilities', agent.capabilities.length ? agent.capabilities.join(', ') : null);
    fact('Registered', localTime(agent.registered_at));
    body.replaceChildren(element('h3', agent.name), facts, element('h3', 'Recent events'), eventList(agent),
      element('h3', 'Recent messages'), messageList(agent));
  }

  function eventList(agent) {
    if (agent.recent_events.length === 0) {
      return element('p', 'No events yet.', 'empty');
    }
    const list = element('ol', null, 'events');
    agent.recent_events.forEach((event) => {
      const item = document.createElement('li');
      const when = element('time', new Date(event.timestamp).toLocaleTimeString());
      when.dateTime = event.timestamp;
      item.append(when, ' ', element('span', event.category, 'category'), ' ', event.description);
      if (event.task_id && !event.description.includes(event.task_id)) {
        item.append(' ', element('code', event.task_id));
      }
      list.append(item);
    });
    return list;
  }

  function renderProjects(organization, projects) {
    $('organization').textContent = `Organization: ${organization}`;
    const select = $('project');
    const ids = projects.map((p) => p.project_id);
    const shown = [...select.options].map((o) => o.value);
    if (ids.join('\n') !== shown.join('\n')) {
      select.replaceChildren(...ids.map((id) => new Option(id, id)));
    }
    select.disabled = ids.length === 0;
    return ids;
  }

  // ---- loading ----

  async function loadProjects() {
    const body = await api('/api/v1/projects');
    const ids = renderProjects(body.organization_id, body.projects);
    if (ids.length === 0) {
      showMessage(`No projects in organization ${body.organization_id} yet: nothing has been logged.`);
      return null;
    }
    const wanted = state.project ?? sessionStorage.getItem(PROJECT_KEY);
    return ids.includes(wanted) ? wanted : ids[0];
  }

  async function loadTables() {
    const project = state.project;
    const status = $('status').value;
    const [blockers, agents, tasks, everyone] = await Promise.all([
      api('/api/v1/blockers', { project }),
      api('/api/v1/agents', { project, status }),
      api('/api/v1/tasks', { project }),
      // Names for the ids of holders and reporters: every agent, also when the table shows some of them only.
      status ? api('/api/v1/agents', { project }) : null,
    ]);
    if (project !== state.project) return;
    state.agentNames = new Map((everyone ?? agents).agents.map((agent) => [agent.agent_id, agent.name]));
    state.blockedTasks = new Set(blockers.blockers.flatMap((b) => b.blocking_tasks));
    renderBlockers(blockers.blockers);
    renderAgents(agents.agents);
    renderTasks(tasks.tasks);
  }

  // ---- reservations (issue 19) ----

  function expiresIn(iso) {
    const seconds = Math.max(0, Math.round((Date.parse(iso) - Date.now()) / 1000));
    if (seconds < 60) return `${seconds}s`;
    if (seconds < 3600) return `${Math.floor(seconds / 60)}m`;
    return `${Math.floor(seconds / 3600)}h ${Math.floor((seconds % 3600) / 60)}m`;
  }

  async function loadReservations() {
    const project = state.project;
    const body = await api('/api/v1/reservations', { project });
    if (project !== state.project) return;
    $('reservations').tBodies[0].replaceChildren(...body.reservations.map((r) => {
      const expiry = element('time', expiresIn(r.expires_at));
      expiry.dateTime = r.expires_at;
      expiry.title = r.expires_at;
      const tr = row($('reservations'), [element('code', r.pattern), r.agent_name,
        element('span', r.exclusive ? 'exclusive' : 'shared', `badge reservation-${r.exclusive ? 'exclusive' : 'shared'}`),
        expiry]);
      tr.dataset.reservationId = r.reservation_id;
      return tr;
    }));
    $('reservations-empty').hidden = body.reservations.length > 0;
  }

  // ---- /reservations ----

  async function loadDetails() {
    const agentId = state.selectedAgent;
    if (!agentId) {
      renderDetails(null);
      return;
    }
    try {
      const agent = await api(`/api/v1/agents/${encodeURIComponent(agentId)}`, { project: state.project });
      if (agentId === state.selectedAgent) renderDetails(agent);
    } catch (error) {
      if (!(error instanceof NotFound)) throw error;
      state.selectedAgent = null;
      renderDetails(null);
    }
  }

  // One refresh at a time; a request for another while one runs is merged into a single follow-up.
  function refresh() {
    if (state.refreshing) {
      state.refreshing.again = true;
      return;
    }
    state.refreshing = { again: false };
    refreshOnce()
      .catch(handleFailure)
      .finally(() => {
        const again = state.refreshing.again;
        state.refreshing = null;
        if (again) refresh();
      });
  }

  async function refreshOnce() {
    const project = await loadProjects();
    if (project !== state.project) {
      selectProject(project);
      return;
    }
    if (project === null) return;
    await Promise.all([loadTables(), loadDetails(), loadReservations()]);
    showMessage('');
  }

  function handleFailure(error) {
    if (!state.token) {
      return;
    }
    if (error instanceof Unauthorized) {
      signOut('The server refused this token. Enter a valid token.');
    } else if (error.name !== 'AbortError') {
      showMessage(`Could not load the dashboard: ${error.message}`);
    }
  }

  // Events already refresh the page; coalesce a burst of them (a catch-up, say) into one refresh.
  function refreshSoon() {
    clearTimeout(state.eventRefresh);
    state.eventRefresh = setTimeout(refresh, 100);
  }

  // ---- server-sent events over fetch (EventSource cannot send an Authorization header) ----

  function connectStream() {
    stopStream();
    if (!state.project || !state.token) return;
    const stream = { controller: new AbortController(), project: state.project };
    state.stream = stream;
    readStream(stream)
      .catch((error) => {
        if (error instanceof Unauthorized) handleFailure(error);
      })
      .finally(() => {
        if (state.stream !== stream || stream.controller.signal.aborted) return;
        setMode('polling');
        stream.retry = setTimeout(connectStream, stream.unavailable ? SSE_UNAVAILABLE_RETRY_MS : state.retryMs);
      });
  }

  function stopStream() {
    if (state.stream) {
      clearTimeout(state.stream.retry);
      state.stream.controller.abort();
      state.stream = null;
    }
  }

  async function readStream(stream) {
    const headers = { Authorization: `Bearer ${state.token}`, Accept: 'text/event-stream' };
    if (state.lastEventId !== null) {
      headers['Last-Event-ID'] = state.lastEventId;
    }
    const response = await fetch(apiUrl('/api/v1/events/sse', { project: stream.project }), {
      headers, signal: stream.controller.signal, cache: 'no-store',
    });
    if (response.status === 401) throw new Unauthorized();
    if (response.status === 503) {
      stream.unavailable = true;
      return;
    }
    if (!response.ok || !response.body) return;
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    const parser = sseParser(dispatch);
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      parser(value);
    }
  }

  // Parses the text/event-stream format chunk by chunk and calls onEvent for each complete event.
  function sseParser(onEvent) {
    let buffer = '';
    let event = { type: 'message', data: [], id: null };
    const line = (text) => {
      if (text === '') {
        if (event.data.length || event.type !== 'message') onEvent(event.type, event.data.join('\n'), event.id);
        event = { type: 'message', data: [], id: null };
        return;
      }
      if (text.startsWith(':')) return;
      const colon = text.indexOf(':');
      const field = colon < 0 ? text : text.slice(0, colon);
      const value = colon < 0 ? '' : text.slice(colon + 1).replace(/^ /, '');
      if (field === 'event') event.type = value;
      else if (field === 'data') event.data.push(value);
      else if (field === 'id') event.id = value;
      else if (field === 'retry' && /^\d+$/.test(value)) state.retryMs = Number(value);
    };
    return (chunk) => {
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop();
      lines.forEach((text) => line(text.replace(/\r$/, '')));
    };
  }

  function dispatch(type, data, id) {
    if (id !== null) {
      state.lastEventId = id;
    }
    if (type === 'connected') {
      setMode('sse');
    } else if (type === 'event') {
      refreshSoon();
    } else if (type === 'error') {
      setMode('polling');
    }
  }

  // ---- user actions ----

  function selectProject(project) {
    state.project = project;
    state.selectedAgent = null;
    state.lastEventId = null;
    if (project) {
      sessionStorage.setItem(PROJECT_KEY, project);
      $('project').value = project;
    }
    renderDetails(null);
    connectStream();
    refresh();
  }

  function selectAgent(agentId) {
    state.selectedAgent = agentId;
    document.querySelectorAll('#agents tbody tr').forEach((tr) => {
      tr.setAttribute('aria-selected', String(tr.dataset.agentId === agentId));
    });
    loadDetails().catch(handleFailure);
  }

  function signIn(token) {
    state.token = token;
    sessionStorage.setItem(TOKEN_KEY, token);
    $('login').hidden = true;
    $('dashboard').hidden = false;
    $('login-error').textContent = '';
    clearInterval(state.refreshTimer);
    // Heartbeat ages change without any event, so the page refreshes on a timer as well.
    state.refreshTimer = setInterval(refresh, REFRESH_MS);
    refresh();
  }

  function signOut(reason) {
    stopStream();
    clearInterval(state.refreshTimer);
    sessionStorage.removeItem(TOKEN_KEY);
    Object.assign(state, { token: null, project: null, selectedAgent: null, lastEventId: null });
    setMode('off');
    $('dashboard').hidden = true;
    $('login').hidden = false;
    $('login-error').textContent = reason || '';
    $('token').value = '';
    $('token').focus();
  }

  function bind() {
    $('token-form').addEventListener('submit', (e) => {
      e.preventDefault();
      const token = $('token').value.trim();
      if (token) signIn(token);
    });
    $('sign-out').addEventListener('click', () => signOut(''));
    $('project').addEventListener('change', (e) => selectProject(e.target.value));
    $('status').addEventListener('change', refresh);
    const agents = $('agents').tBodies[0];
    agents.addEventListener('click', (e) => {
      const tr = e.target.closest('tr[data-agent-id]');
      if (tr) selectAgent(tr.dataset.agentId);
    });
    agents.addEventListener('keydown', (e) => {
      const tr = e.target.closest('tr[data-agent-id]');
      if (tr && (e.key === 'Enter' || e.key === ' ')) {
        e.preventDefault();
        selectAgent(tr.dataset.agentId);
      }
    });
  }

  bind();
  if (state.token) {
    signIn(state.token);
  } else {
    $('token').focus();
  }
})();
