/** data/sum-allowances.json: rows whose eight boards do not add up to the printed city figure, each with a reason. */
import type { z } from 'zod';
import type { SumAllowanceSchema } from '../schema';
import sumAllowancesJson from '../../data/sum-allowances.json';

export type SumAllowance = z.infer<typeof SumAllowanceSchema>;

export const sumAllowances = sumAllowancesJson as SumAllowance[];
