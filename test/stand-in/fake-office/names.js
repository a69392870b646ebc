/**
 * A part of the Office.js stand-in (test/stand-in/fake-office.js: what it models, how it loads).
 *
 * Workbook names: NamedItem (type, value, formula of a range, a text or a deleted sheet's
 * #REF!) and the names collection (getItem, add).
 */
'use strict';

module.exports = function names(H) {
  const {
    ClientObject,
    Collection,
    MESSAGES,
    Range,
    apiError,
    called,
    findName,
    logAction,
    nameType,
    nameValue,
    needApi,
    parseReference,
    props,
    wb,
  } = H;

  // ---------------------------------------------------------------------------------------------
  // Workbook names

  class NamedItem extends ClientObject {
    constructor(ctx, resolver, nullable) {
      super(ctx, 'NamedItem', resolver, nullable);
    }
    _readers() {
      return {
        name: function (n) {
          return n.name;
        },
        type: function (n) {
          return nameType(n);
        },
        value: function (n) {
          return nameValue(n);
        },
        visible: function (n) {
          return n.visible;
        },
        comment: function (n) {
          return n.comment;
        },
        formula: function (n) {
          needApi('1.7', 'NamedItem.formula');
          return '=' + nameValue(n);
        },
      };
    }
    delete() {
      this._act('NamedItem.delete', function (n) {
        needApi('1.4', 'NamedItem.delete');
        wb.names = wb.names.filter(function (x) {
          return x !== n;
        });
        called('NamedItem.delete');
      });
    }
  }
  props(NamedItem, [
    { name: 'name' },
    { name: 'type' },
    { name: 'value' },
    { name: 'visible' },
    { name: 'comment' },
    { name: 'formula' },
  ]);

  function validName(name) {
    return (
      typeof name === 'string' &&
      name.length <= 255 &&
      /^[\p{L}_\\][\p{L}\p{M}\p{N}_.\\?]*$/u.test(name) &&
      !/^[A-Za-z]{1,3}\d+$/.test(name) && // would read as a cell
      !/^[rRcC]$/.test(name)
    );
  }

  class NamedItemCollection extends Collection {
    constructor(ctx) {
      super(
        ctx,
        'NamedItemCollection',
        function () {
          return wb.names.slice();
        },
        function (n) {
          return new NamedItem(ctx, function () {
            return n;
          });
        },
      );
    }
    getItem(name) {
      return new NamedItem(this._ctx, function () {
        var n = findName(name);
        if (!n)
          throw apiError(
            'ItemNotFound',
            MESSAGES.ItemNotFound + ' (name "' + name + '")',
            'NamedItemCollection.getItem',
          );
        return n;
      });
    }
    getItemOrNullObject(name) {
      return new NamedItem(
        this._ctx,
        function () {
          needApi('1.4', 'NamedItemCollection.getItemOrNullObject');
          return findName(name) || null;
        },
        true,
      );
    }
    add(name, reference, comment) {
      var ctx = this._ctx;
      var proxy = new NamedItem(ctx, function () {
        throw apiError('ItemNotFound', MESSAGES.ItemNotFound + ' (the name was not added)', 'NamedItemCollection.add');
      });
      if (reference instanceof Range && reference._ctx !== ctx)
        throw apiError('InvalidObjectPath', MESSAGES.InvalidObjectPath, 'NamedItemCollection.add');
      ctx._enqueue('NamedItemCollection.add', function () {
        needApi('1.4', 'NamedItemCollection.add');
        if (!validName(name))
          throw apiError(
            'InvalidArgument',
            MESSAGES.InvalidArgument + ' (name ' + JSON.stringify(name) + ')',
            'NamedItemCollection.add',
          );
        if (findName(name))
          throw apiError(
            'ItemAlreadyExists',
            MESSAGES.ItemAlreadyExists + ' (name "' + name + '")',
            'NamedItemCollection.add',
          );
        var item;
        if (reference instanceof Range) {
          var t = reference._resolve();
          item = {
            name: name,
            type: 'Range',
            ref: { sheet: t.sheet, rect: t.rect },
            comment: comment || '',
            visible: true,
          };
        } else if (typeof reference === 'string') {
          var ref = parseReference(reference);
          item = ref
            ? { name: name, type: 'Range', ref: ref, comment: comment || '', visible: true }
            : { name: name, type: 'String', value: reference.replace(/^=/, ''), comment: comment || '', visible: true };
        } else {
          throw apiError('InvalidArgument', MESSAGES.InvalidArgument + ' (reference)', 'NamedItemCollection.add');
        }
        wb.names.push(item);
        proxy._target = item;
        called('NamedItemCollection.add');
        logAction('NamedItemCollection.add', item, item.ref ? undefined : item.value);
      });
      return proxy;
    }
  }

  Object.assign(H, { NamedItemCollection });
};
