package io.parzen.trainer.data.label;

/**
 * What happened to the footprints of one tile while drawing its mask.
 *
 * @param footprints polygons read from the labels file
 * @param drawn footprints that appear in the mask
 * @param outside footprints entirely outside the image (ignored)
 * @param tooSmall footprints that vanish under the inward buffer (dropped, as SpaceNet's tools do)
 * @param repaired invalid footprints that were repaired before drawing
 */
public record MaskStats(int footprints, int drawn, int outside, int tooSmall, int repaired) {}
