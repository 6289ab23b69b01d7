import statistics as st
from fractions import Fraction
from decimal import Decimal


def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


show('gm', lambda: round(st.geometric_mean([1, 2, 4]), 9))
show('gm empty', lambda: st.geometric_mean([]))
show('gm neg', lambda: st.geometric_mean([1, -2]))
show('gm zero', lambda: st.geometric_mean([0, 2]))
show('hm', lambda: st.harmonic_mean([1, 2, 4]))
show('hm zero', lambda: st.harmonic_mean([1, 0, 4]))
show('hm weighted', lambda: st.harmonic_mean([40, 60], weights=[5, 30]))
show('hm zero weight', lambda: st.harmonic_mean([1, 0], weights=[1, 0]))
show('hm all zero weights', lambda: st.harmonic_mean([1, 2], weights=[0, 0]))
show('hm frac', lambda: st.harmonic_mean([Fraction(1, 2), Fraction(1, 3)]))
show('hm dec', lambda: st.harmonic_mean([Decimal('0.5'), Decimal('2')]))
show('hm neg', lambda: st.harmonic_mean([1, -1]))
nd = st.NormalDist(10, 2)
show('inv', lambda: round(nd.inv_cdf(0.975), 9))
show('inv 0', lambda: nd.inv_cdf(0))
show('inv 1', lambda: nd.inv_cdf(1.0))
show('inv sigma0', lambda: st.NormalDist(1, 0).inv_cdf(0.5))
show('inv both', lambda: st.NormalDist(1, 0).inv_cdf(2))
