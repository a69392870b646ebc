/**
 * Builds the task pane (src/taskpane/index.tsx → taskpane.html) and the ribbon's function
 * file (src/commands/commands.ts → commands.html) into dist/, with the icons and the manifest.
 *
 *   webpack --mode production          dist/ for deployment: hashed file names, no source maps,
 *                                      manifest URLs rewritten from urlDev to ITA_PROD_URL;
 *                                      fails when ITA_PROD_URL is not set
 *   webpack --mode production --env test
 *                                      the same bundles for tests and local use (npm test,
 *                                      npm run serve): the manifest names the placeholder host
 *                                      and is not deployable
 *   webpack --mode development         dist/ for local use: source maps, localhost manifest
 *   webpack serve --mode development   https://localhost:3000/ with office-addin-dev-certs
 *                                      (ITA_HTTP=1: plain http, for a browser only)
 *
 * Shaped after Microsoft's Office-Addin-TaskPane-React template, minus its polyfill/vendor
 * entries and babel: TypeScript and node_modules go through swc-loader (@swc/core) for the
 * webviews we support (WEBVIEW_TARGETS); type checking is `npm run typecheck`.
 */
'use strict';

const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { CSP } = require('./scripts/csp');

/** Where `npm run dev-server` serves the add-in; manifest.xml names these URLs. */
const urlDev = 'https://localhost:3000/';
/**
 * The oldest engines the bundles must run on (README, "Which Excel runs it"): Safari 14 is the
 * WKWebView of Excel on macOS 10.14/10.15 and Safari 14 on the web; Chromium 87 stands for any
 * WebView2 and current Edge, Chrome and Firefox. Internet Explorer 11 and Edge Legacy get the boot
 * guard's message instead (src/guard/guard.js). scripts/check-script-levels.js holds the build to
 * ES_LEVEL, the ECMAScript edition both engines parse completely.
 */
const WEBVIEW_TARGETS = { chrome: '87', safari: '14' };
const ES_LEVEL = 2021;

/** swc-loader compiling `parser` syntax for WEBVIEW_TARGETS; sources that are not modules stay scripts. */
function swcLoader(parser, dev) {
  return {
    loader: 'swc-loader',
    options: {
      isModule: 'unknown',
      sourceMaps: dev,
      env: { targets: WEBVIEW_TARGETS },
      jsc: { parser, transform: { react: { runtime: 'automatic' } } },
    },
  };
}

/**
 * The manifest's host in a test build (--env test): a reserved name (RFC 2606) that
 * check-manifest's --production rejects, so a test build's manifest cannot be deployed by mistake.
 */
const urlProdPlaceholder = 'https://ita-planner.example/';

/** ITA_PROD_URL, checked and ending in "/". A production build without it fails. */
function productionUrl(raw = process.env.ITA_PROD_URL) {
  if (!raw) {
    throw new Error(
      'ITA_PROD_URL is not set. A production build writes it into dist/manifest.xml: set it to the https ' +
        'folder that will serve dist/ (e.g. ITA_PROD_URL=https://ita.example.go.th/addin/ npm run build). ' +
        'For tests or a local look use `npm run build:test` (the same bundles, a manifest that cannot be ' +
        'deployed) or `npm run build:dev`.',
    );
  }
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ITA_PROD_URL "${raw}" is not an absolute URL (e.g. https://ita.example.go.th/addin/)`);
  }
  if (url.protocol !== 'https:')
    throw new Error(`ITA_PROD_URL "${raw}" must use https: Office loads add-ins only over https`);
  if (url.search || url.hash) throw new Error(`ITA_PROD_URL "${raw}" must be a folder URL without ?query or #fragment`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/**
 * A second manifest for test and development builds: "ITA Planner contract checks", another
 * add-in id, opening contract.html (test/contract/contract.ts; docs/real-excel-checklist.md, step 0).
 */
function contractManifest(content) {
  return content
    .toString()
    .replace(/<Id>[^<]*<\/Id>/, '<Id>5b0c1f3e-7d2a-4c8e-9a61-2f4e8b7c3d15</Id>')
    .replace(
      /<DisplayName DefaultValue="[^"]*">[\s\S]*?<\/DisplayName>/,
      '<DisplayName DefaultValue="ITA Planner contract checks"/>',
    )
    .split('taskpane.html')
    .join('contract.html');
}

/** The manifest as deployed: every urlDev replaced by the production URL. */
function rewriteManifest(content, urlProd) {
  return content.toString().split(urlDev).join(urlProd);
}

/**
 * The dev server's transport: https with the trusted localhost certificate that
 * office-addin-dev-certs installs (Office refuses plain http), or http when ITA_HTTP=1.
 */
async function devServerTransport() {
  if (process.env.ITA_HTTP === '1') return 'http';
  try {
    const devCerts = require('office-addin-dev-certs');
    const options = await devCerts.getHttpsServerOptions();
    return { type: 'https', options: { ca: options.ca, key: options.key, cert: options.cert } };
  } catch (err) {
    throw new Error(
      `Cannot get a localhost certificate from office-addin-dev-certs: ${err && err.message ? err.message : err}\n` +
        'Install one with "npx office-addin-dev-certs install", or set ITA_HTTP=1 to serve plain http ' +
        '(enough for a browser; Office needs https).',
    );
  }
}

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode === 'development' ? 'development' : 'production';
  const dev = mode === 'development';
  // `--env test`: production bundles whose manifest keeps the placeholder host (npm test).
  const test = env.test === true || env.test === 'true';
  const urlProd = dev ? urlDev : test ? urlProdPlaceholder : productionUrl();
  const hashed = dev ? '[name].js' : '[name].[contenthash:8].js';

  return {
    mode,
    context: __dirname,
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      // Test and development builds only: the Office.js contract checks for a first run in Excel.
      ...(test || dev ? { contract: './test/contract/contract.ts' } : {}),
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: hashed,
      chunkFilename: hashed,
      // Pages load their scripts relative to themselves, so dist/ works under any folder URL.
      publicPath: 'auto',
      clean: true,
    },
    // Never eval-based: the pages' Content-Security-Policy has no 'unsafe-eval'.
    devtool: dev ? 'source-map' : false,
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
    },
    module: {
      rules: [
        // Our TypeScript and every package's JavaScript, down to what the webviews we support run
        // (WEBVIEW_TARGETS). One compiler for both, @swc/core, which jest already uses; type
        // checking is `npm run typecheck`.
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: swcLoader({ syntax: 'typescript', tsx: true }, dev),
        },
        {
          test: /\.m?js$/,
          include: /node_modules/,
          // @swc/helpers is what the compiled code calls; ExcelJS ships an ES5 build already.
          exclude: /node_modules[\\/](@swc[\\/]helpers|exceljs[\\/]dist)[\\/]/,
          use: swcLoader({ syntax: 'ecmascript', jsx: false }, dev),
        },
        {
          test: /\.(png|jpe?g|gif|svg|ico)$/i,
          type: 'asset/resource',
          generator: { filename: dev ? 'assets/[name][ext]' : 'assets/[name].[contenthash:8][ext]' },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        // The page names its bundles for the boot guard, which loads them (or not): see guard.js.
        inject: false,
        title: 'ITA Planner',
        lang: 'th',
        csp: CSP,
      }),
      ...(test || dev
        ? [
            // The contract checks page: the task pane's page (policy, office.js, boot guard) around
            // its own bundle.
            new HtmlWebpackPlugin({
              filename: 'contract.html',
              template: './src/taskpane/taskpane.html',
              chunks: ['contract'],
              inject: false,
              title: 'ITA Planner: Office.js contract checks',
              lang: 'en',
              csp: CSP,
            }),
          ]
        : []),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
        inject: false,
        csp: CSP,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          // Copied as written: it must stay ES5 to run (and speak) in Internet Explorer 11.
          { from: 'src/guard/guard.js', to: 'guard.js' },
          // The bundled sample, opened by the task pane when no Office host is there.
          { from: 'assets/sample/*.xlsx', to: 'assets/sample/[name][ext]' },
          {
            from: 'manifest*.xml',
            to: '[name][ext]',
            transform: (content) => (dev ? content : rewriteManifest(content, urlProd)),
          },
          ...(test || dev
            ? [
                {
                  from: 'manifest.xml',
                  to: 'manifest-contract.xml',
                  transform: (content) => contractManifest(dev ? content : rewriteManifest(content, urlProd)),
                },
              ]
            : []),
        ],
      }),
    ],
    optimization: {
      splitChunks: {
        cacheGroups: {
          default: false,
          defaultVendors: false,
          // React and Fluent UI: a long-cached file the task pane loads up front. Only the
          // taskpane entry's own chunk is considered, so the lazily imported "xlsx" chunk
          // (ExcelJS, for running outside Office) stays out of the initial download.
          vendor: {
            name: 'vendor',
            test: /[\\/]node_modules[\\/]/,
            chunks: (chunk) => chunk.name === 'taskpane',
            enforce: true,
          },
        },
      },
    },
    performance: dev
      ? { hints: false }
      : {
          hints: 'warning',
          // What the task pane downloads before it can render (vendor + taskpane).
          maxEntrypointSize: 1024 * 1024,
          // Any single file; ExcelJS alone is ~0.95 MB minified and loads only on demand.
          maxAssetSize: 1024 * 1024,
          assetFilter: (file) => file.endsWith('.js'),
        },
    devServer: {
      port: Number(process.env.npm_package_config_dev_server_port) || 3000,
      server: env.WEBPACK_SERVE ? await devServerTransport() : 'http',
      headers: { 'Access-Control-Allow-Origin': '*' },
      hot: true,
      // Everything served comes from the build (pages, scripts, assets/, manifest.xml).
      static: false,
      client: { overlay: { errors: true, warnings: false } },
    },
  };
};

module.exports.urlDev = urlDev;
module.exports.WEBVIEW_TARGETS = WEBVIEW_TARGETS;
module.exports.ES_LEVEL = ES_LEVEL;
module.exports.urlProdPlaceholder = urlProdPlaceholder;
module.exports.productionUrl = productionUrl;
module.exports.rewriteManifest = rewriteManifest;
module.exports.contractManifest = contractManifest;
