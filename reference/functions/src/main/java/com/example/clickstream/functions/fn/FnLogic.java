// Created by Stencil once; this file is yours. Regeneration never overwrites it.
package com.example.clickstream.functions.fn;

import dev.stencil.runtime.enrich.GeoIpProvider;
import dev.stencil.runtime.enrich.ProfileLookup;
import dev.stencil.runtime.events.ClickEvent;
import dev.stencil.runtime.events.EnrichedClick;

/**
 * What function {@code fn} does with each click: the document to index for it.
 * Throwing fails this record only (it is retried); returning {@code null} drops it.
 */
public class FnLogic {
    private final GeoIpProvider geo;
    private final ProfileLookup profiles;

    public FnLogic(GeoIpProvider geo, ProfileLookup profiles) {
        this.geo = geo;
        this.profiles = profiles;
    }

    public EnrichedClick enrich(ClickEvent click) {
        return EnrichedClick.of(click,
                geo.locate(click.ip()).orElse(null),
                profiles.find(click.userId()).orElse(null));
    }
}
