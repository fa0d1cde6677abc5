import { describe, expect, it } from 'vitest';
import {
  locationFromAddress,
  locationFromText,
  mergeLocations,
} from '../../../lib/core/normalize/location';

describe('locationFromText', () => {
  it.each([
    // LinkedIn signed in shows only city and state for US headquarters.
    ['Mountain View, California', { city: 'Mountain View', region: 'CA', country: 'US' }],
    ['Mountain View, CA', { city: 'Mountain View', region: 'CA', country: 'US' }],
    ['San Francisco, California', { city: 'San Francisco', region: 'CA', country: 'US' }],
    ['New York, New York', { city: 'New York', region: 'NY', country: 'US' }],
    ['Brooklyn, New York, United States', { city: 'Brooklyn', region: 'NY', country: 'US' }],
    ['Atlanta, Georgia', { city: 'Atlanta', region: 'GA', country: 'US' }],
    ['Washington, DC', { city: 'Washington', region: 'DC', country: 'US' }],
    ['Toronto, Ontario', { city: 'Toronto', region: 'ON', country: 'CA' }],
    ['Toronto, ON', { city: 'Toronto', region: 'ON', country: 'CA' }],
    ['London, England', { city: 'London', region: 'ENG', country: 'GB' }],
    ['London, England, United Kingdom', { city: 'London', region: 'ENG', country: 'GB' }],
    ['Edinburgh, Scotland', { city: 'Edinburgh', region: 'SCT', country: 'GB' }],
    // LinkedIn repeats the city where it has no region.
    ['London, London', { city: 'London' }],
    ['Paris, Île-de-France', { city: 'Paris', region: 'IDF', country: 'FR' }],
    ['Berlin, Germany', { city: 'Berlin', country: 'DE' }],
    [
      'Madrid, Community of Madrid, Spain',
      { city: 'Madrid', region: 'Community of Madrid', country: 'ES' },
    ],
    ['Germany', { country: 'DE' }],
    ['California', { region: 'CA', country: 'US' }],
    ['London', { city: 'London' }],
    ['Durham, NC 27701', { city: 'Durham', region: 'NC', country: 'US' }],
    ['San Francisco, CA 94105-1234', { city: 'San Francisco', region: 'CA', country: 'US' }],
    [
      '111 West Evelyn Ave. Suite 106 Sunnyvale, CA, 94086',
      { city: 'Sunnyvale', region: 'CA', country: 'US' },
    ],
    [
      '101 15th Street San Francisco, CA 94010',
      { city: 'San Francisco', region: 'CA', country: 'US' },
    ],
    ['Ottawa, ON K1A 0B1', { city: 'Ottawa', region: 'ON', country: 'CA' }],
  ])('%s → %j', (text, location) => {
    expect(locationFromText(text)).toEqual(location);
  });

  it.each(['', ' , , ', '94016'])('yields nothing for %j', (text) => {
    expect(locationFromText(text)).toBeUndefined();
  });
});

describe('locationFromAddress', () => {
  it('reads a JSON-LD PostalAddress, dropping a region that only repeats the city', () => {
    expect(
      locationFromAddress({
        locality: 'London',
        region: 'London',
        country: 'GB',
        postalCode: 'EC1V2NX',
        evidence: 'x',
      }),
    ).toEqual({ city: 'London', country: 'GB' });
  });

  it.each([
    [
      { locality: 'Toronto', region: 'ON', country: 'CA' },
      { city: 'Toronto', region: 'ON', country: 'CA' },
    ],
    [
      { locality: 'Austin', region: 'Texas', country: 'USA' },
      { city: 'Austin', region: 'TX', country: 'US' },
    ],
    [
      { locality: 'Austin', region: 'TX' },
      { city: 'Austin', region: 'TX', country: 'US' },
    ],
    [
      { locality: 'Munich', country: 'Germany' },
      { city: 'Munich', country: 'DE' },
    ],
    [{ locality: 'Lyon', country: 'Atlantis' }, { city: 'Lyon' }],
  ])('%j → %j', (address, location) => {
    expect(locationFromAddress({ ...address, evidence: 'x' })).toEqual(location);
  });
});

describe('mergeLocations', () => {
  it('fills gaps of the address from the text when they name the same city', () => {
    expect(mergeLocations({ city: 'London', country: 'GB' }, { city: 'London' })).toEqual({
      city: 'London',
      country: 'GB',
    });
    expect(
      mergeLocations({ city: 'Austin' }, { city: 'Austin', region: 'TX', country: 'US' }),
    ).toEqual({
      city: 'Austin',
      region: 'TX',
      country: 'US',
    });
  });

  it('does not mix two different places', () => {
    expect(
      mergeLocations(
        { city: 'Toronto', country: 'CA' },
        { city: 'Austin', region: 'TX', country: 'US' },
      ),
    ).toEqual({ city: 'Toronto', country: 'CA' });
  });
});

describe('a lone country name', () => {
  it('is the country even where a subdivision shares the name', () => {
    expect(locationFromText('United Kingdom')).toEqual({ country: 'GB' });
    expect(locationFromText('California')).toEqual({ region: 'CA', country: 'US' });
  });
});
