// `ocop-live`: one program, one sub-command per job. A command module adds
// itself in src/cli/commands/<name>.ts and one line in the list below.
import { Command } from 'commander';
import { registerServe } from './commands/serve';
import { registerCatalog } from './commands/catalog';
import { registerReplay } from './commands/replay';
import { registerTraining } from './commands/training';
import { registerVietQr } from './commands/vietqr';
import { registerParse } from './commands/parse';
import { registerListen } from './commands/listen';
import { registerTally } from './commands/tally';

const registrations: ((program: Command) => void)[] = [registerServe, registerCatalog, registerTraining, registerVietQr, registerParse, registerReplay, registerListen, registerTally];

export function buildProgram(): Command {
  const program = new Command('ocop-live')
    .description('OCOP Live: bán hàng trên livestream cho sản phẩm OCOP (selling OCOP products on live streams)')
    .showHelpAfterError()
    .configureOutput({ outputError: (text, write) => write(text) });
  for (const register of registrations) register(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  await buildProgram().parseAsync(argv);
}
