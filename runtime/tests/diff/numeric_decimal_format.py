from decimal import Decimal
vals = ['0', '-0', '1', '-1.5', '123.456', '0.000012345', '1E+10', '12345678901234567890', '1.00', '0E-5', '9.999', '0.5', '2.5E-7', 'inf', '-inf', 'nan']
specs = ['', 'g', '.3g', '.1g', 'G', '.10g', 'e', '.0e', 'E', 'f', '.0f', '.3f', '%', '.1%', '>12.2f', '<10', '^11.3', '+.2f', ' .2f', ',.2f', ',', '012.3f', '=+10.1f', '.2', '.5', 'n', '#.0f']
for v in vals:
    row = []
    for sp in specs:
        try: row.append(format(Decimal(v), sp))
        except Exception as e: row.append(type(e).__name__)
    print(v, row)
