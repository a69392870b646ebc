/**
 * A part of the Office.js stand-in (test/stand-in/fake-office.js: what it models, how it loads).
 *
 * The proxy objects: ClientObject (actions queued until sync, load, PropertyNotLoaded,
 * *OrNullObject), the property accessors each proxy class is given (props), navigation properties
 * (child), and the base of the worksheet and name collections (Collection, load('items/…')).
 */
'use strict';

module.exports = function proxy(H) {
  const {
    MESSAGES,
    RichApiError,
    SheetModel,
    apiError,
    called,
    deepCopy,
    jsonBytes,
    logAction,
    needApi,
    notLoaded,
    wb,
  } = H;

  // ---------------------------------------------------------------------------------------------
  // Proxy objects

  /** load('a,b'), load(['a','b']), load({ select: 'a,b' }) → ['a', 'b']. */
  function loadList(spec) {
    if (spec === undefined || spec === null) return null; // everything scalar
    if (typeof spec === 'object' && !Array.isArray(spec)) spec = spec.select || '';
    var list = Array.isArray(spec) ? spec : String(spec).split(',');
    return list
      .map(function (p) {
        return String(p).trim();
      })
      .filter(Boolean);
  }

  /**
   * Base of every proxy. `resolver` finds, when an action runs, what the proxy stands for in the
   * workbook (a SheetModel, a { sheet, rect } range, a name…), or null for a null object.
   */
  class ClientObject {
    constructor(ctx, kind, resolver, nullable) {
      this._ctx = ctx;
      this._kind = kind;
      this._resolver = resolver;
      this._nullable = !!nullable;
      this._loaded = Object.create(null);
      this._isNull = undefined;
      if (nullable) {
        // *OrNullObject: whether the object exists is learnt on the next sync.
        var self = this;
        ctx._enqueue(kind + '.instantiate', function () {
          var target = self._resolve();
          return function () {
            self._isNull = target === null;
          };
        });
      }
    }
    get context() {
      return this._ctx;
    }
    get isNullObject() {
      if (!this._nullable) return false;
      if (this._isNull === undefined) throw notLoaded('isNullObject');
      return this._isNull;
    }
    /** At execution time. */
    _resolve() {
      if (!('_target' in this)) this._target = this._resolver();
      var t = this._target;
      var sheet = t && (t instanceof SheetModel ? t : t.sheet);
      if (sheet && sheet.deleted)
        throw apiError('ItemNotFound', MESSAGES.ItemNotFound + ' (the sheet was deleted)', this._kind);
      return t;
    }
    /**
     * Queue an action on this object; `fn(target)` may return a commit run after a successful
     * sync. `value`, for a property set, is what the request carries (measured, and logged).
     */
    _act(what, fn, value) {
      var self = this;
      this._ctx._enqueue(
        what,
        function () {
          var target = self._resolve();
          if (target === null) return undefined; // actions on a null object do nothing
          var commit = fn(target);
          logAction(what, target, value);
          return commit;
        },
        value === undefined ? 0 : jsonBytes(value),
      );
    }
    _get(prop) {
      if (!(prop in this._loaded)) throw notLoaded(prop);
      return this._loaded[prop];
    }
    /** Props this object can load and how to read each from its target. */
    _readers() {
      return {};
    }
    load(spec) {
      var self = this;
      var wanted = loadList(spec);
      this._ctx._enqueue(this._kind + '.load', function () {
        var target = self._resolve();
        var snap = readProps(self, target, wanted, self._kind + '.load');
        called(self._kind + '.load');
        H.response.bytes += jsonBytes(snap);
        return function () {
          Object.assign(self._loaded, snap);
        };
      });
      return this;
    }
    toJSON() {
      return Object.assign({}, this._loaded);
    }
  }

  /**
   * The named properties of `obj` from its target (all null for a null object). An unknown name
   * fails the sync; with no names, every property this Excel has (those above its API set left out).
   */
  function readProps(obj, target, wanted, where) {
    var readers = obj._readers();
    var snap = {};
    (wanted || Object.keys(readers)).forEach(function (p) {
      if (p === 'isNullObject') return;
      var reader = readers[p];
      if (!reader)
        throw apiError('InvalidArgument', "The property '" + p + "' does not exist on " + obj._kind + '.', where);
      if (target === null) {
        snap[p] = null;
        return;
      }
      try {
        snap[p] = reader(target);
      } catch (e) {
        if (wanted || !(e instanceof RichApiError) || e.code !== 'ApiNotFound') throw e;
      }
    });
    return snap;
  }

  /** Defines get (after load) / set (queued) accessors. `set(self, target, value)` runs at sync. */
  function props(cls, list) {
    list.forEach(function (p) {
      var desc = {
        configurable: true,
        enumerable: true,
        get: function () {
          return this._get(p.name);
        },
      };
      if (p.set) {
        desc.set = function (value) {
          var self = this;
          var v = deepCopy(value);
          this._act(
            this._kind + '.' + p.name + '=',
            function (target) {
              if (p.api) needApi(p.api, self._kind + '.' + p.name);
              p.set(self, target, v);
              called(self._kind + '.' + p.name + '=');
            },
            v,
          );
        };
      }
      Object.defineProperty(cls.prototype, p.name, desc);
    });
  }

  /** A navigation property (range.format, sheet.freezePanes…): one proxy per parent, made on first use. */
  function child(self, key, make) {
    if (!self[key]) self[key] = make();
    return self[key];
  }

  /** worksheets / names: `items` after load('items/…'); other load paths are item properties. */
  class Collection extends ClientObject {
    constructor(ctx, kind, listTargets, makeItem) {
      super(ctx, kind, function () {
        return wb;
      });
      this._listTargets = listTargets;
      this._makeItem = makeItem;
    }
    get items() {
      return this._get('items');
    }
    load(spec) {
      var self = this;
      var wanted = (loadList(spec) || ['items'])
        .map(function (p) {
          return p.indexOf('items/') === 0 ? p.slice(6) : p;
        })
        .filter(function (p) {
          return p !== 'items';
        });
      // 'protection/protected': a property of a navigation property of each item (one level).
      var nested = wanted.filter(function (p) {
        return p.indexOf('/') > 0;
      });
      var own = wanted.filter(function (p) {
        return p.indexOf('/') < 0;
      });
      this._ctx._enqueue(this._kind + '.load', function () {
        var targets = self._listTargets();
        var items = targets.map(function (t) {
          var item = self._makeItem(t);
          item._target = t;
          return item;
        });
        var snaps = items.map(function (item, i) {
          // Own properties named, or none when only nested ones are; nothing named loads every scalar.
          var ownWanted = own.length ? own : nested.length ? [] : null;
          return readProps(item, targets[i], ownWanted, self._kind + '.load');
        });
        var childSnaps = items.map(function (item) {
          return nested.map(function (path) {
            var head = path.slice(0, path.indexOf('/'));
            var child = item[head];
            if (!(child instanceof ClientObject))
              throw apiError(
                'InvalidArgument',
                "The property '" + head + "' is not a navigation property of " + item._kind + '.',
                self._kind + '.load',
              );
            return {
              child: child,
              snap: readProps(child, child._resolve(), [path.slice(head.length + 1)], self._kind + '.load'),
            };
          });
        });
        called(self._kind + '.load');
        H.response.bytes +=
          jsonBytes(snaps) +
          jsonBytes(
            childSnaps.map(function (c) {
              return c.map(function (x) {
                return x.snap;
              });
            }),
          );
        return function () {
          items.forEach(function (item, i) {
            Object.assign(item._loaded, snaps[i]);
            childSnaps[i].forEach(function (c) {
              Object.assign(c.child._loaded, c.snap);
            });
          });
          self._loaded.items = items;
        };
      });
      return this;
    }
  }

  Object.assign(H, { ClientObject, props, child, Collection });
};
