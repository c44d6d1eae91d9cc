// Runs the API's and db's TypeScript directly with SWC (decorator metadata and tsconfig paths included).
const path = require('node:path');
process.env.SWC_NODE_PROJECT ??= path.join(__dirname, '..', 'apps', 'api', 'tsconfig.app.json');
require('@swc-node/register');
