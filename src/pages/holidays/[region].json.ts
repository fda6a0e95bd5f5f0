/** Static endpoint: one compact public-holiday file per region, fetched by the deadline island on demand. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { holidayRegionCodes, regionHolidayFile } from '../../components/deadline/holiday-source';

export const getStaticPaths = (() => holidayRegionCodes().map((region) => ({ params: { region } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(regionHolidayFile(params.region ?? '')), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
