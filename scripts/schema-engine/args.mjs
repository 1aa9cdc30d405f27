// The command line the Prisma CLI starts the engine with:
//   --datamodels PATH (once per schema file) --datasource JSON [--enabled-preview-features a,b]
//   [--extension-types JSON] [cli can-connect-to-database|create-database|drop-database]
//   or --version.

/**
 * @typedef {object} EngineArgs
 * @property {string[]} datamodels schema file paths
 * @property {{ url?: string, shadowDatabaseUrl?: string } | undefined} datasource from prisma.config.ts
 * @property {string | undefined} cliCommand the `cli` subcommand, if any
 * @property {boolean} version
 * @property {boolean} help
 */

/**
 * @param {string[]} argv the arguments after the script name
 * @returns {EngineArgs}
 */
export function parseArgs(argv) {
  /** @type {EngineArgs} */
  const args = { datamodels: [], datasource: undefined, cliCommand: undefined, version: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${arg} needs a value`);
      return argv[++i];
    };
    switch (arg) {
      case '--datamodels':
        args.datamodels.push(value());
        break;
      case '--datasource':
        args.datasource = parseDatasource(value());
        break;
      case '--enabled-preview-features':
      case '--extension-types':
        value(); // accepted for compatibility; PostgreSQL migrations do not depend on them
        break;
      case '--version':
      case '-V':
        args.version = true;
        break;
      case '--help':
      case '-h':
        args.help = true;
        break;
      case 'cli':
        args.cliCommand = value();
        break;
      default:
        throw new Error(`Unknown argument: ${arg}`);
    }
  }
  return args;
}

/**
 * @param {string} json
 * @returns {EngineArgs['datasource']}
 */
function parseDatasource(json) {
  let parsed;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new Error('--datasource must be JSON, e.g. {"url":"postgresql://…"}');
  }
  return { url: parsed?.url || undefined, shadowDatabaseUrl: parsed?.shadowDatabaseUrl || undefined };
}
