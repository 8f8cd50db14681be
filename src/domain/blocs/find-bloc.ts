import type { Db } from "../../db/create-database.js";
import { DomainError } from "../domain-error.js";

// For operators: by code, or the only bloc when there is just one.
export async function findBloc(db: Db, options: { code?: string }) {
  if (options.code) {
    const bloc = await db.bloc.findUnique({ where: { code: options.code } });
    if (!bloc) throw new DomainError("cli.error_unknown_bloc", { code: options.code });
    return bloc;
  }
  const blocs = await db.bloc.findMany({ take: 2 });
  if (blocs.length === 0) throw new DomainError("cli.error_no_bloc");
  if (blocs.length > 1) throw new DomainError("cli.error_many_blocs");
  return blocs[0]!;
}
