/**
 * A part of the Office.js stand-in (test/stand-in/fake-office.js: what it models, how it loads).
 *
 * Printing and charts: PageLayout (orientation, margins, print titles and area), headers and
 * footers, horizontal page breaks (all ExcelApi 1.9), and Worksheet.charts (add, place, delete).
 */
'use strict';

module.exports = function page(H) {
  const { ClientObject, MESSAGES, apiError, child, needApi, oneOf, parseAddress, props, quoteSheet, rectAddress } = H;

  // ---------------------------------------------------------------------------------------------
  // Page layout
  class PageLayout extends ClientObject {
    constructor(sheet) {
      super(sheet._ctx, 'PageLayout', function () {
        return sheet._resolve();
      });
    }
    _readers() {
      return {
        orientation: function (s) {
          needApi('1.9', 'PageLayout.orientation');
          return s.orientation;
        },
      };
    }
  }
  props(
    PageLayout,
    [
      {
        name: 'orientation',
        api: '1.9',
        set: function (self, s, v) {
          oneOf(v, ['Portrait', 'Landscape'], 'PageLayout.orientation');
          s.orientation = v;
        },
      },
    ].concat(
      [
        'paperSize',
        'topMargin',
        'bottomMargin',
        'leftMargin',
        'rightMargin',
        'headerMargin',
        'footerMargin',
        'zoom',
      ].map(function (name) {
        return {
          name: name,
          api: '1.9',
          set: function (self, s, v) {
            s.page[name] = v;
          },
        };
      }),
    ),
  );
  PageLayout.prototype.setPrintTitleRows = function (address) {
    this._act('PageLayout.setPrintTitleRows', function (s) {
      needApi('1.9', 'PageLayout.setPrintTitleRows');
      s.page.printTitleRows = address;
    });
  };
  PageLayout.prototype.setPrintArea = function (address) {
    this._act('PageLayout.setPrintArea', function (s) {
      needApi('1.9', 'PageLayout.setPrintArea');
      parseAddress(address, 'PageLayout.setPrintArea');
      s.page.printArea = address;
    });
  };
  Object.defineProperty(PageLayout.prototype, 'headersFooters', {
    get: function () {
      var layout = this;
      return child(this, '_headersFooters', function () {
        return { defaultForAllPages: new HeaderFooter(layout) };
      });
    },
  });

  /** PageLayout.headersFooters.defaultForAllPages (ExcelApi 1.9). */
  class HeaderFooter extends ClientObject {
    constructor(layout) {
      super(layout._ctx, 'HeaderFooter', function () {
        return layout._resolve();
      });
    }
  }
  props(
    HeaderFooter,
    ['leftHeader', 'centerHeader', 'rightHeader', 'leftFooter', 'centerFooter', 'rightFooter'].map(function (name) {
      return {
        name: name,
        api: '1.9',
        set: function (self, s, v) {
          if (typeof v !== 'string')
            throw apiError('InvalidArgument', MESSAGES.InvalidArgument, 'HeaderFooter.' + name);
          s.page[name] = v;
        },
      };
    }),
  );

  /** Worksheet.horizontalPageBreaks (ExcelApi 1.9). */
  class PageBreaks extends ClientObject {
    constructor(sheet) {
      super(sheet._ctx, 'PageBreakCollection', function () {
        return sheet._resolve();
      });
    }
    add(address) {
      this._act('PageBreakCollection.add', function (s) {
        needApi('1.9', 'PageBreakCollection.add');
        s.pageBreaks.push(rectAddress(parseAddress(address, 'PageBreakCollection.add')));
      });
    }
    removePageBreaks() {
      this._act('PageBreakCollection.removePageBreaks', function (s) {
        needApi('1.9', 'PageBreakCollection.removePageBreaks');
        s.pageBreaks = [];
      });
    }
  }

  /** Worksheet.charts (ExcelApi 1.1): enough to add one, place it, and delete it by name. */
  class Charts extends ClientObject {
    constructor(sheet) {
      super(sheet._ctx, 'ChartCollection', function () {
        return sheet._resolve();
      });
    }
    add(type, source, seriesBy) {
      var chart = { name: 'Chart ' + Date.now(), type: type, seriesBy: seriesBy, title: null, position: null };
      this._act('ChartCollection.add', function (s) {
        var src = source._resolve();
        chart.source = quoteSheet(src.sheet.name) + '!' + rectAddress(src.rect);
        s.charts.push(chart);
      });
      var title = {};
      Object.defineProperty(title, 'text', {
        set: function (v) {
          chart.title = v;
        },
      });
      var axis = {};
      Object.defineProperty(axis, 'minimum', {
        set: function (v) {
          chart.min = v;
        },
      });
      Object.defineProperty(axis, 'maximum', {
        set: function (v) {
          chart.max = v;
        },
      });
      var proxy = {
        title: title,
        axes: { valueAxis: axis },
        setPosition: function (from, to) {
          chart.position = [from, to];
        },
      };
      Object.defineProperty(proxy, 'name', {
        set: function (v) {
          chart.name = v;
        },
      });
      return proxy;
    }
    getItemOrNullObject(name) {
      var charts = this;
      return {
        delete: function () {
          charts._act('Chart.delete', function (s) {
            s.charts = s.charts.filter(function (c) {
              return c.name !== name;
            });
          });
        },
      };
    }
  }

  Object.assign(H, { PageLayout, PageBreaks, Charts });
};
