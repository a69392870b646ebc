/**
 * Where tests leave what a person should look at (screenshots, printed pages, JSON lines): outside
 * the working tree, in the system's temporary folder, unless ITA_TEST_RESULTS names another
 * (`ITA_TEST_RESULTS=test-results npm test` keeps them beside the code, where git ignores them).
 */
const os = require('os');
const path = require('path');

const RESULTS = path.resolve(process.env.ITA_TEST_RESULTS || path.join(os.tmpdir(), 'ita-planner-test-results'));

module.exports = { RESULTS };
