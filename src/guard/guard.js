/**
 * The boot guard: a small ES5 script that runs in every webview Excel may use, loaded after
 * office.js and before the bundles (the pages' Content-Security-Policy forbids inline scripts, so
 * it is a file of its own, copied to dist/ as written: no transpiling, no bundling).
 *
 *   <script src="guard.js" data-bundles="vendor.js taskpane.js" data-pane="container"></script>
 *
 * 1. It calls Office.onReady at once, so a host that waits for the add-in to say it is alive shows
 *    the pane (and this message) even where the bundles never run.
 * 2. It recognises Internet Explorer 11 ("Trident"), Microsoft Edge Legacy ("EdgeHTML") and engines
 *    missing what the bundles need (they are built for Safari 14 / Chromium 87 and later). There
 *    it does NOT load the bundles, and shows in Thai and English which Excel runs the pane and
 *    what to do instead (browser mode: this page in a current browser, the workbook as .xlsx).
 * 3. Elsewhere it loads the bundles in order, and keeps a watchdog: a bundle that fails to load,
 *    throws while starting, or loads without the pane rendering within a few seconds shows the
 *    same message, with a reload hint. A pane that renders after all takes the message away.
 *
 * Without data-pane (the ribbon's commands.html) it shows nothing: it only calls Office.onReady
 * and skips the bundles on an old engine.
 *
 * Keep this file ES5 (var, function, no arrows, no template strings): `npm test` parses it at
 * ecmaVersion 5 (test/build/script-levels.test.ts).
 */
(function () {
  'use strict';

  /** How long after the last bundle has run the pane may take to put anything on screen. */
  var RENDER_AFTER_LOAD_MS = 4000;
  /** How long the bundles may take to arrive at all (a slow office network) before the hint shows. */
  var LOAD_LIMIT_MS = 30000;

  var self = document.querySelector('script[data-bundles]');
  if (!self) return;
  var bundles = (self.getAttribute('data-bundles') || '').split(/\s+/).filter(function (s) {
    return s.length > 0;
  });
  var paneId = self.getAttribute('data-pane');

  // 1. Tell Office the add-in is alive, whatever happens next.
  try {
    if (window.Office && typeof window.Office.onReady === 'function') window.Office.onReady(function () {});
  } catch (e) {
    // office.js from an older CDN build, or none: nothing to tell.
  }

  /** 'trident', 'edgehtml', 'features' (an engine below the bundles' targets) or '' (fine). */
  function oldEngine() {
    var ua = navigator.userAgent || '';
    if (/Trident\/|MSIE /.test(ua)) return 'trident';
    if (/ Edge\/\d/.test(ua)) return 'edgehtml'; // Edge Legacy; Chromium-based Edge says "Edg/"
    // Built-ins that arrived with the bundles' targets (Safari 14, Chromium 85-87): an engine that
    // lacks one of these also lacks the syntax the bundles use.
    var needed = [
      typeof Promise === 'function' && typeof Promise.any === 'function',
      typeof String.prototype.replaceAll === 'function',
      typeof Object.fromEntries === 'function',
      typeof Array.prototype.flat === 'function',
      typeof globalThis === 'object',
      typeof window.ResizeObserver === 'function',
      typeof window.URLSearchParams === 'function',
      typeof window.queueMicrotask === 'function',
    ];
    for (var i = 0; i < needed.length; i++) if (!needed[i]) return 'features';
    return '';
  }

  var REASONS = {
    trident: {
      th: 'Excel รุ่นนี้เปิด add-in ด้วย Internet Explorer 11 ซึ่งเก่าเกินกว่าที่ ITA Planner จะทำงานได้ (Office 2016 และ 2019 แบบ volume-licensed หรือเครื่องที่ไม่มี Microsoft Edge WebView2)',
      en: 'This Excel shows add-ins with Internet Explorer 11, which is too old for ITA Planner (Office 2016 and 2019 volume-licensed, or a computer without Microsoft Edge WebView2).',
    },
    edgehtml: {
      th: 'Excel รุ่นนี้เปิด add-in ด้วย Microsoft Edge รุ่นเดิม (EdgeHTML) ซึ่งเก่าเกินกว่าที่ ITA Planner จะทำงานได้',
      en: 'This Excel shows add-ins with Microsoft Edge Legacy (EdgeHTML), which is too old for ITA Planner.',
    },
    features: {
      th: 'เบราว์เซอร์หรือ WebView นี้ขาดความสามารถที่ ITA Planner ต้องใช้ (ต้องเทียบเท่า Safari 14 หรือ Chrome 87 ขึ้นไป)',
      en: 'This browser or web view lacks what ITA Planner needs (the equivalent of Safari 14 or Chrome 87 or later).',
    },
    failed: {
      th: 'โหลดไฟล์ของ ITA Planner ไม่สำเร็จ ตรวจการเชื่อมต่อเครือข่าย แล้วโหลดบานหน้าต่างใหม่ (คลิกขวา > โหลดซ้ำ หรือปิดแล้วเปิดอีกครั้ง)',
      en: "ITA Planner's files did not load. Check the network connection, then reload the pane (right-click > Reload, or close and open it again).",
    },
    stalled: {
      th: 'ITA Planner ยังไม่แสดงผล ลองโหลดบานหน้าต่างใหม่ (คลิกขวา > โหลดซ้ำ หรือปิดแล้วเปิดอีกครั้ง) หากยังเป็นเหมือนเดิม Excel รุ่นนี้อาจใช้ ITA Planner ไม่ได้',
      en: 'ITA Planner has not appeared. Reload the pane (right-click > Reload, or close and open it again); if it still does not start, this Excel may not run ITA Planner.',
    },
  };

  var TITLE = {
    th: 'ITA Planner เปิดในที่นี้ไม่ได้',
    en: 'ITA Planner cannot run here',
  };
  var WORKS_IN = {
    th: 'ใช้งานได้ใน: Microsoft 365 บน Windows และ Mac, Office 2021 และ 2024, Office 2016 หรือ 2019 แบบ retail ที่ติดตั้ง Microsoft Edge WebView2 Runtime แล้ว และ Excel บนเว็บใน Edge, Chrome, Firefox หรือ Safari 14 ขึ้นไป',
    en: 'It runs in: Microsoft 365 on Windows and Mac, Office 2021 and 2024, Office 2016 or 2019 retail with the Microsoft Edge WebView2 Runtime installed, and Excel on the web in Edge, Chrome, Firefox or Safari 14 or later.',
  };
  var INSTEAD = {
    th: {
      lead: 'ทำแทนได้ในโหมดเบราว์เซอร์ (ไฟล์ไม่ถูกส่งออกจากเครื่อง):',
      steps: [
        'เปิดหน้านี้ในเบราว์เซอร์รุ่นปัจจุบัน (Edge, Chrome หรือ Firefox): ',
        'บันทึกสมุดงานเป็นไฟล์ .xlsx (ไฟล์ > บันทึกเป็น > สมุดงาน Excel) แล้วเปิดไฟล์นั้นในหน้าดังกล่าว',
        'กด "คำนวณใหม่" แล้วดาวน์โหลดผลลัพธ์ไปเปิดใน Excel สูตรในชีตสรุปผลจะคำนวณใน Excel ตามปกติ',
      ],
    },
    en: {
      lead: 'What to do instead, in browser mode (the file stays on this computer):',
      steps: [
        'Open this page in a current browser (Edge, Chrome or Firefox): ',
        'Save the workbook as .xlsx (File > Save As > Excel Workbook) and open that file in the page.',
        'Press "Recompute", download the result and open it in Excel; the summary\'s formulas recalculate there.',
      ],
    },
  };

  /** This page without its query (office.js puts the host's details there) or fragment. */
  function pageUrl() {
    return location.protocol + '//' + location.host + location.pathname;
  }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    for (var k in attrs) if (Object.prototype.hasOwnProperty.call(attrs, k)) node.setAttribute(k, attrs[k]);
    for (var i = 0; i < (children || []).length; i++) {
      var c = children[i];
      node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    }
    return node;
  }

  function part(lang, reason) {
    var url = pageUrl();
    var steps = [];
    for (var i = 0; i < INSTEAD[lang].steps.length; i++) {
      var text = INSTEAD[lang].steps[i];
      steps.push(
        el('li', {}, i === 0 ? [text, el('a', { href: url, target: '_blank', rel: 'noopener' }, [url])] : [text])
      );
    }
    return el('section', { lang: lang, 'data-guard-lang': lang, style: 'margin-bottom:20px' }, [
      el('h1', { style: 'font-size:18px;margin:0 0 8px' }, [TITLE[lang]]),
      el('p', {}, [REASONS[reason][lang]]),
      el('p', {}, [WORKS_IN[lang]]),
      el('p', { style: 'margin-bottom:4px' }, [INSTEAD[lang].lead]),
      el('ol', { style: 'margin-top:0;padding-left:22px' }, steps),
    ]);
  }

  var shown = null;

  /** Shows the message (once; a later, more precise reason replaces an earlier one). */
  function show(reason) {
    if (!paneId) return;
    if (!document.body) {
      document.addEventListener('DOMContentLoaded', function () {
        show(reason);
      });
      return;
    }
    if (shown) shown.parentNode.removeChild(shown);
    shown = el(
      'div',
      {
        id: 'ita-guard',
        role: 'alert',
        style:
          'font-family:"Segoe UI","Leelawadee UI",Tahoma,"Noto Sans Thai",sans-serif;font-size:14px;' +
          'line-height:1.5;padding:16px;color:#242424;background:#fff',
      },
      [part('th', reason), part('en', reason)]
    );
    var pane = document.getElementById(paneId);
    document.body.insertBefore(shown, pane || document.body.firstChild);
    document.documentElement.setAttribute('data-guard', reason);
  }

  /** Takes the message away (the pane rendered after all). */
  function hide() {
    if (!shown) return;
    shown.parentNode.removeChild(shown);
    shown = null;
    document.documentElement.removeAttribute('data-guard');
  }

  function rendered() {
    var pane = paneId && document.getElementById(paneId);
    return !!(pane && pane.firstChild);
  }

  // 2. An engine the bundles cannot run on: the message, and no bundle.
  var old = oldEngine();
  if (old) {
    show(old);
    return;
  }

  // 3. Load the bundles in order, and watch that the pane appears.
  var watching = !!paneId;
  var loaded = 0;

  function watch(reason, ms) {
    setTimeout(function () {
      if (watching && !rendered()) show(reason);
    }, ms);
  }

  function poll() {
    if (rendered()) {
      hide();
      watching = false;
      return;
    }
    setTimeout(poll, 250);
  }

  function isBundle(file) {
    for (var i = 0; i < bundles.length; i++) if (file && file.indexOf(bundles[i]) !== -1) return true;
    return false;
  }

  if (watching) {
    // A bundle that throws before the pane is there (e.g. syntax this engine lacks) will never render it.
    window.addEventListener('error', function (e) {
      if (watching && !rendered() && isBundle(e && e.filename)) show('stalled');
    });
    setTimeout(function () {
      if (watching && loaded < bundles.length && !rendered()) show('failed');
    }, LOAD_LIMIT_MS);
    poll();
  }

  for (var i = 0; i < bundles.length; i++) {
    var script = document.createElement('script');
    script.src = bundles[i];
    script.async = false; // run in document order: vendor before the pane
    script.onload = function () {
      loaded++;
      if (loaded === bundles.length && watching) watch('stalled', RENDER_AFTER_LOAD_MS);
    };
    script.onerror = function () {
      if (watching) show('failed');
    };
    document.head.appendChild(script);
  }
})();
