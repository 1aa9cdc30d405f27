export function parseArgs(argv) {
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
        value(); // PostgreSQL migrations do not depend on them
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

function parseDatasource(json) {
  let parsed;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new Error('--datasource must be JSON, e.g. {"url":"postgresql://…"}');
  }
  return { url: parsed?.url || undefined, shadowDatabaseUrl: parsed?.shadowDatabaseUrl || undefined };
}
