// Sends the CSRF token with every htmx request, as forms do with their hidden field.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="csrf-token"]');
  var header = document.querySelector('meta[name="csrf-header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// Forms marked data-confirm ask before they submit (deleting imported data).
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (form.dataset && form.dataset.confirm && !window.confirm(form.dataset.confirmText || 'Sure?')) {
    event.preventDefault();
  }
});

// A select marked data-autosubmit submits its form when changed (the page's CSP forbids inline onchange).
document.addEventListener('change', function (event) {
  var field = event.target;
  if (field.form && field.dataset && field.dataset.autosubmit !== undefined) {
    if (field.form.requestSubmit) { field.form.requestSubmit(); } else { field.form.submit(); }
  }
});

// Drag and drop of files and whole folders onto the Imports page's drop zone.
(function () {
  function ready(fn) {
    if (document.readyState !== 'loading') { fn(); } else { document.addEventListener('DOMContentLoaded', fn); }
  }
  function readEntry(entry, path, out) {
    return new Promise(function (resolve) {
      if (entry.isFile) {
        entry.file(function (file) {
          out.push(new File([file], path + file.name, { type: file.type, lastModified: file.lastModified }));
          resolve();
        }, function () { resolve(); });
      } else if (entry.isDirectory) {
        var reader = entry.createReader();
        var all = [];
        (function next() {
          reader.readEntries(function (entries) {
            if (!entries.length) {
              Promise.all(all.map(function (e) { return readEntry(e, path + entry.name + '/', out); })).then(resolve);
            } else {
              all = all.concat(Array.prototype.slice.call(entries));
              next();
            }
          }, function () { resolve(); });
        })();
      } else {
        resolve();
      }
    });
  }
  ready(function () {
    var zone = document.getElementById('drop-zone');
    var input = document.getElementById('files');
    var summary = document.getElementById('drop-summary');
    if (!zone || !input) { return; }
    ['dragenter', 'dragover'].forEach(function (type) {
      zone.addEventListener(type, function (e) { e.preventDefault(); zone.classList.add('dragging'); });
    });
    ['dragleave', 'drop'].forEach(function (type) {
      zone.addEventListener(type, function (e) { e.preventDefault(); zone.classList.remove('dragging'); });
    });
    zone.addEventListener('drop', function (e) {
      var items = e.dataTransfer.items;
      var files = [];
      var pending = [];
      if (items && items.length && items[0].webkitGetAsEntry) {
        for (var i = 0; i < items.length; i++) {
          var entry = items[i].webkitGetAsEntry();
          if (entry) { pending.push(readEntry(entry, '', files)); }
        }
      } else {
        files = Array.prototype.slice.call(e.dataTransfer.files);
      }
      Promise.all(pending).then(function () {
        var transfer = new DataTransfer();
        files.forEach(function (f) { transfer.items.add(f); });
        input.files = transfer.files;
        if (summary) { summary.textContent = files.length + ' ' + (summary.dataset.label || '') + ' ' + files.map(function (f) { return f.name; }).join(', '); }
      });
    });
  });
})();
