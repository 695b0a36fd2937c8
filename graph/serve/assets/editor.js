// A stand-in for the Monaco editor, which Cayley's web UI would fetch from
// cdn.jsdelivr.net: a plain textarea with the methods the UI calls. The UI
// uses window.monaco when it is already defined, so nothing is fetched.
//
// Deep links: /ui/?q=QUERY puts QUERY in the query editor, and &run=1 runs
// it once the editor is ready. Ctrl+Enter (Cmd+Enter) runs the query.
(function () {
  "use strict";
  var params = new URLSearchParams(window.location.search);
  var runOnLoad = params.get("run") === "1";
  if (params.has("q")) {
    try {
      window.localStorage.setItem("LAST_QUERY", JSON.stringify({ text: params.get("q"), language: "gizmo" }));
    } catch (e) { /* storage disabled: the editor keeps its default */ }
  }
  function noop() {}
  function disposable() { return { dispose: noop }; }

  function Editor(container, opts) {
    var self = this;
    var ta = document.createElement("textarea");
    ta.className = opts.readOnly ? "tg-editor tg-result" : "tg-editor tg-query";
    ta.spellcheck = false;
    ta.readOnly = !!opts.readOnly;
    ta.style.cssText = "width:100%;height:100%;min-height:12em;box-sizing:border-box;" +
      "font:13px/1.4 monospace;border:1px solid #ccc;padding:6px;resize:vertical";
    container.appendChild(ta);
    this.ta = ta;
    this.listeners = [];
    this.actions = [];
    this.setValue(opts.value || "");
    ta.addEventListener("input", function () { ta.defaultValue = ta.value; self.fire(); });
    ta.addEventListener("keydown", function (e) {
      if ((e.ctrlKey || e.metaKey) && e.key === "Enter") {
        e.preventDefault();
        self.actions.forEach(function (a) { a.run(self); });
      }
    });
  }
  Editor.prototype.fire = function () { this.listeners.forEach(function (f) { f({}); }); };
  // setValue also sets the default value, so the text is in the DOM.
  Editor.prototype.setValue = function (v) { this.ta.value = v; this.ta.defaultValue = v; this.fire(); };
  Editor.prototype.getValue = function () { return this.ta.value; };
  Editor.prototype.executeEdits = function (source, edits) {
    if (edits && edits.length) { this.setValue(edits[edits.length - 1].text); }
    return true;
  };
  Editor.prototype.pushUndoStop = function () { return true; };
  Editor.prototype.getModel = function () {
    var self = this;
    return { getFullModelRange: function () { return {}; }, getValue: function () { return self.getValue(); } };
  };
  Editor.prototype.setScrollPosition = function (p) { this.ta.scrollTop = (p && p.scrollTop) || 0; };
  Editor.prototype.updateOptions = function (o) { if (o && "readOnly" in o) { this.ta.readOnly = !!o.readOnly; } };
  Editor.prototype.layout = noop;
  Editor.prototype.focus = function () { this.ta.focus(); };
  Editor.prototype.dispose = function () { if (this.ta.parentNode) { this.ta.parentNode.removeChild(this.ta); } };
  Editor.prototype.onDidChangeModelContent = function (f) {
    var ls = this.listeners;
    ls.push(f);
    return { dispose: function () { var i = ls.indexOf(f); if (i >= 0) { ls.splice(i, 1); } } };
  };
  Editor.prototype.addAction = function (a) {
    var self = this;
    this.actions.push(a);
    if (runOnLoad && a.id === "cayley-run") {
      runOnLoad = false;
      window.setTimeout(function () { a.run(self); }, 0);
    }
    return disposable();
  };
  Editor.prototype.addCommand = function (k, f) { this.actions.push({ id: "", run: f }); return ""; };

  window.monaco = {
    editor: {
      create: function (container, opts) { return new Editor(container, opts || {}); },
      setModelLanguage: noop,
      setTheme: noop,
      defineTheme: noop
    },
    languages: {
      typescript: {
        javascriptDefaults: { setCompilerOptions: noop, addExtraLib: disposable },
        ScriptTarget: { ES5: 1 }
      }
    },
    KeyMod: { CtrlCmd: 2048, Shift: 1024, Alt: 512, WinCtrl: 256 },
    KeyCode: { Enter: 3 }
  };
})();
