"""Brain arm: suckling, prolactin, the GnRH pulse centre, LH/FSH, ovarian steroids, oxytocin.

Equations (t in days; every arrow a named term):

    prolactin = prolactin_reference * estrogen_lactotroph_stimulation
                + prolactin_suckling_gain * nursing                       [ng/mL]
    gnrh_inhibition_by_prolactin = (prolactin / prolactin_gnrh_half_inhibition)^n
    gnrh_inhibition_by_suckling  = suckling_gnrh_inhibition_gain * nursing
    d gnrh_pulse_activity/dt = (gnrh_target - gnrh_pulse_activity) / gnrh_time_constant
        gnrh_target = (1 + inhibition at reference) / (1 + prolactin and suckling inhibitions)
    lh  = lh_reference  (lh_gnrh_independent_fraction  + (1 - it) gnrh) * progesterone_pituitary_feedback
    fsh = fsh_reference (fsh_gnrh_independent_fraction + (1 - it) gnrh) * progesterone_pituitary_feedback
    d ovarian_activity/dt = ((lh / lh_reference)^ovarian_lh_exponent - ovarian_activity) / ovarian_time_constant
    estradiol    = estradiol_nonovarian + (estradiol_reference - estradiol_nonovarian) ovarian_activity
                   + placental_estradiol_at_term gestation^2                [pg/mL]
    progesterone = progesterone_reference ovarian_activity + placental_progesterone_at_term gestation^2
    oxytocin     = oxytocin_reference + oxytocin_suckling_gain * nursing   [pg/mL]

Structure: suckling and prolactin inhibit hypothalamic GnRH pulses (McNeilly
1994, Reprod Fertil Dev; Kovacs 2019 JCI 129:3041, Figure 1); the placenta
carries the steroids of pregnancy; ovarian follicles answer gonadotropins over
weeks, so menses return weeks after weaning.
"""

from .core import Arm, p, relaxation, v


def build() -> Arm:
    """Declare the brain arm."""
    arm = Arm("brain", __doc__)
    gnrh = arm.state("gnrh_pulse_activity", "1", "hypothalamic GnRH pulse activity relative to a cycling woman")
    ovary = arm.state("ovarian_activity", "1", "ovarian follicular/luteal steroid output relative to a cycling woman")

    placental_estradiol = arm.term(
        "placental_estradiol", p.placental_estradiol_at_term * v.gestation**2, "pg/mL",
        "estradiol made by the placenta, rising through gestation")
    placental_progesterone = arm.term(
        "placental_progesterone", p.placental_progesterone_at_term * v.gestation**2, "ng/mL",
        "progesterone made by the placenta, rising through gestation")
    estradiol = arm.term(
        "estradiol",
        p.estradiol_nonovarian + (p.estradiol_reference - p.estradiol_nonovarian) * ovary + placental_estradiol,
        "pg/mL", "serum estradiol: non-ovarian + ovarian + placental")
    arm.term(
        "progesterone", p.progesterone_reference * ovary + placental_progesterone, "ng/mL",
        "serum progesterone: ovarian (cycle mean) + placental")

    def lactotroph_drive(e2):
        return 1 + p.prolactin_estrogen_stimulation_max * e2 / (e2 + p.prolactin_estrogen_half_effect)

    estrogen_lactotroph = arm.term(
        "estrogen_lactotroph_stimulation",
        lactotroph_drive(estradiol) / lactotroph_drive(p.estradiol_reference), "1",
        "estrogen stimulation of pituitary lactotrophs (pregnancy hyperprolactinaemia)")
    suckling_prolactin = arm.term(
        "suckling_prolactin_release", p.prolactin_suckling_gain * v.nursing, "ng/mL",
        "prolactin released by suckling")
    prolactin = arm.term(
        "prolactin", p.prolactin_reference * estrogen_lactotroph + suckling_prolactin, "ng/mL",
        "serum prolactin (daily mean)")

    prolactin_inhibition = arm.term(
        "gnrh_inhibition_by_prolactin",
        (prolactin / p.prolactin_gnrh_half_inhibition) ** p.prolactin_gnrh_hill, "1",
        "prolactin inhibits the GnRH pulse centre (via kisspeptin neurons)")
    suckling_inhibition = arm.term(
        "gnrh_inhibition_by_suckling", p.suckling_gnrh_inhibition_gain * v.nursing, "1",
        "suckling inhibits the GnRH pulse centre (neural, prolactin-independent)")
    reference_inhibition = (p.prolactin_reference / p.prolactin_gnrh_half_inhibition) ** p.prolactin_gnrh_hill
    gnrh_target = arm.term(
        "gnrh_target", (1 + reference_inhibition) / (1 + prolactin_inhibition + suckling_inhibition), "1",
        "GnRH pulse activity the hypothalamus settles to")
    arm.rate("gnrh_pulse_activity", relaxation(gnrh_target, gnrh, p.gnrh_time_constant))

    progesterone_feedback = arm.term(
        "progesterone_pituitary_feedback",
        (1 + p.progesterone_reference / p.progesterone_feedback_half)
        / (1 + v.progesterone / p.progesterone_feedback_half), "1",
        "sex-steroid negative feedback on gonadotropin release (suppresses LH/FSH in pregnancy)")
    lh = arm.term(
        "lh",
        p.lh_reference * (p.lh_gnrh_independent_fraction + (1 - p.lh_gnrh_independent_fraction) * gnrh)
        * progesterone_feedback, "IU/L", "serum luteinizing hormone")
    arm.term(
        "fsh",
        p.fsh_reference * (p.fsh_gnrh_independent_fraction + (1 - p.fsh_gnrh_independent_fraction) * gnrh)
        * progesterone_feedback, "IU/L", "serum follicle-stimulating hormone")
    ovarian_target = arm.term(
        "gonadotropin_ovarian_drive", (lh / p.lh_reference) ** p.ovarian_lh_exponent, "1",
        "gonadotropin drive of follicle development and steroid output")
    arm.rate("ovarian_activity", relaxation(ovarian_target, ovary, p.ovarian_time_constant))

    arm.term(
        "oxytocin", p.oxytocin_reference + p.oxytocin_suckling_gain * v.nursing, "pg/mL",
        "serum oxytocin (daily mean), released by suckling")
    return arm
