// Imported first by command-line scripts: their standard output belongs to
// the command's result, so routine logs stay quiet unless asked for.
process.env.LOG_LEVEL ??= "warn";
process.env.LOG_TO_STDERR ??= "true";
