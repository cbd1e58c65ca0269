/**
 * Pass 4: the places of the route map: real coordinates, and a `near` spot within its town's
 * reach. `checkPlace` serves the chapters pass for each scene's `place`; `unusedPlaces` runs once
 * every scene has been read.
 */
import { greatCircleKm } from '../../geo.ts';
import type { CompileContext } from '../context.ts';
import { closest, type Located } from '../decode.ts';

/** How far a `near` spot may lie from the place it belongs to: the same town, not the next one. */
const NEAR_KM = 25;

export function places(ctx: CompileContext): void {
  const declared = ctx.source.places;
  for (const { id, entry } of declared) {
    const { name, lat, lon } = entry;
    if (lat && Math.abs(lat.value) > 90)
      ctx.report(
        lat.pos,
        'bad-coordinates',
        `Place "${id.value}" has latitude ${lat.value}: a latitude runs from -90 (south) to 90 (north).`,
      );
    if (lon && Math.abs(lon.value) > 180)
      ctx.report(
        lon.pos,
        'bad-coordinates',
        `Place "${id.value}" has longitude ${lon.value}: a longitude runs from -180 (west) to 180 (east).`,
      );
    if (!name || !lat || !lon || Math.abs(lat.value) > 90 || Math.abs(lon.value) > 180) continue;
    ctx.places[id.value] = { id: id.value, name: name.value, lat: lat.value, lon: lon.value };
  }
  for (const { id, entry } of declared) {
    const near = entry.near;
    if (!near) continue;
    ctx.placeUsed.add(near.value);
    const target = declared.find((p) => p.id.value === near.value);
    if (!target) {
      ctx.report(
        near.pos,
        'unknown-place',
        `Place "${id.value}" is near "${near.value}", which is not in places.yaml.${placeHint(ctx, near.value)}`,
      );
      continue;
    }
    // One step only, so a route never has to follow a chain (or a loop) to find a spot's town.
    if (target.entry.near || near.value === id.value) {
      ctx.report(
        near.pos,
        'near-chain',
        near.value === id.value
          ? `Place "${id.value}" is near itself: "near" names the town a spot belongs to.`
          : `Place "${id.value}" is near "${near.value}", which is itself near "${target.entry.near!.value}": name "${target.entry.near!.value}" directly.`,
      );
      continue;
    }
    const spot = ctx.places[id.value];
    const town = ctx.places[near.value];
    if (!spot || !town) continue;
    const km = greatCircleKm(spot, town);
    if (km > NEAR_KM)
      ctx.report(
        near.pos,
        'bad-coordinates',
        `Place "${id.value}" is near "${near.value}" but ${Math.round(km)} km from it: a "near" spot lies within its town (${NEAR_KM} km at most). Check the coordinates, or drop "near".`,
      );
    else spot.near = near.value;
  }
}

/** Marks a scene's place as used, and reports it if places.yaml does not have it. */
export function checkPlace(ctx: CompileContext, ref: Located<string>, sceneId: string): void {
  ctx.placeUsed.add(ref.value);
  if (!declaredIds(ctx).has(ref.value))
    ctx.report(
      ref.pos,
      'unknown-place',
      `Scene "${sceneId}" is at place "${ref.value}", which is not in places.yaml.${placeHint(ctx, ref.value)}`,
    );
}

/** Reports each place no scene happens at (run after the chapters pass). */
export function unusedPlaces(ctx: CompileContext): void {
  for (const { id } of ctx.source.places)
    if (!ctx.placeUsed.has(id.value))
      ctx.report(
        id.pos,
        'unused-place',
        `No scene happens at place "${id.value}": give a scene "place: ${id.value}" or remove it.`,
      );
}

function declaredIds(ctx: CompileContext): Set<string> {
  return new Set(ctx.source.places.map((p) => p.id.value));
}

/** A misspelt reference counts the place it most likely meant as used, so one typo is one problem. */
function placeHint(ctx: CompileContext, ref: string): string {
  const near = closest(ref, declaredIds(ctx));
  if (near) ctx.placeUsed.add(near);
  return near ? ` Did you mean "${near}"?` : '';
}
